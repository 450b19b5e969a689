import type { Express } from 'express';

export interface MountedRoute {
  method: string;
  /** OpenAPI form: /api/entities/{id}. */
  path: string;
  /** The route's own handlers, in order (middleware first). */
  handlers: unknown[];
}

interface Layer {
  name: string;
  rawPath?: string;
  route?: { path: unknown; methods: Record<string, boolean>; stack: { handle: unknown; method?: string }[] };
  handle: { stack?: Layer[] };
}

/** Every route an Express app answers, from its router stack (mounted routers included), in mounting order. */
export function mountedRoutes(app: Express): MountedRoute[] {
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
}

function walk(stack: Layer[], prefix = ''): MountedRoute[] {
  return stack.flatMap((layer): MountedRoute[] => {
    if (layer.route && typeof layer.route.path === 'string') {
      const path = `${prefix}${layer.route.path}`.replace(/:(\w+)/g, '{$1}');
      const route = layer.route;
      return Object.keys(route.methods).map((method) => ({ method, path, handlers: route.stack.filter((l) => !l.method || l.method === method).map((l) => l.handle) }));
    }
    if (layer.handle.stack) return walk(layer.handle.stack, prefix + (layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : ''));
    return [];
  });
}
