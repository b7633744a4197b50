// Prints real benchmark.js console output ("name x N ops/sec ±p% (n runs sampled)").
const Benchmark = require('benchmark');
const suite = new Benchmark.Suite();
const makeDag = (n) => Array.from({ length: n }, (_, i) => (i ? [i - 1] : []));
suite
  .add('DAG#creation 10 nodes', () => makeDag(10))
  .add('DAG#creation 1000 nodes', () => makeDag(1000))
  .add('String#indexOf "do(x)"', () => 'P(y | do(x))'.indexOf('do(x)'))
  .on('cycle', (event) => console.log(String(event.target)))
  .on('complete', function () {
    console.log('Fastest is ' + this.filter('fastest').map('name'));
  })
  .run();
