import { spawnSync } from 'node:child_process';
import { SetupError } from './errors';

/** The java binary: $JAVA_HOME/bin/java when set, else java on the PATH. */
export function javaBinary(): string {
  return process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
}

/** Neo4j 5.26 runs on Java 17 or 21; fail early with a remedy instead of a JVM stack trace. */
export function checkJava(): number {
  const java = javaBinary();
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new SetupError(
      `Java was not found (${java}); the local Neo4j needs Java 17 or newer.`,
      'Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME; or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const text = `${probe.stderr}${probe.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) {
    throw new SetupError(
      `Java ${major || 'of unknown version'} found at ${java}; the local Neo4j needs Java 17 or newer.`,
      'Install a JDK 17+ and point JAVA_HOME at it; or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  return major;
}

export function checkMaven(): void {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new SetupError(
      'Maven (mvn) was not found; it fetches Neo4j Community from Maven Central.',
      'Install Maven (Debian: apt-get install -y maven) and run npm install again; or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}
