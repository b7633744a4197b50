// Produces real benny JSON fixtures (with and without `details: true`).
const b = require('benny');
const path = require('path');
const out = path.resolve(__dirname, '../../__tests__/fixtures/benny');

function makeDag(nodes) {
  const dag = new Map();
  for (let i = 0; i < nodes; i++) dag.set('n' + i, i > 0 ? ['n' + (i - 1)] : []);
  return dag;
}

for (const details of [false, true]) {
  b.suite(
    'causal gym' + (details ? ' (details)' : ''),
    b.add('dag creation 10 nodes', () => makeDag(10)),
    b.add('dag creation 100 nodes', () => makeDag(100)),
    b.add('intervention do(x=1)', () => {
      const dag = makeDag(20);
      dag.set('n10', []);
      return dag.size;
    }),
    b.cycle(),
    b.complete(),
    b.save({ file: details ? 'benny-details' : 'benny', folder: out, format: 'json', details, version: '1.0.0' }),
    b.save({ file: details ? 'benny-details' : 'benny', folder: out, format: 'table.html', details }),
  );
}
