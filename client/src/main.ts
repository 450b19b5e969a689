// Placeholder start page: shows the health of the graph until the explorer lands.
const app = document.getElementById('app');
fetch('/api/health')
  .then((r) => r.json())
  .then((health: unknown) => {
    if (app) app.textContent = JSON.stringify(health, null, 2);
  })
  .catch((err: unknown) => {
    if (app) app.textContent = `The API did not answer: ${String(err)}`;
  });
