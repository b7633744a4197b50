// libtest bench harness (`cargo bench` prints the bencher format); needs RUSTC_BOOTSTRAP=1 on stable.
#![feature(test)]
extern crate test;
use test::Bencher;

#[bench]
fn build_10_nodes(b: &mut Bencher) {
    b.iter(|| causal_gym_bench::build(10));
}

#[bench]
fn build_1000_nodes(b: &mut Bencher) {
    b.iter(|| causal_gym_bench::build(1000));
}

#[bench]
fn intervention_do(b: &mut Bencher) {
    let g = causal_gym_bench::build(50);
    b.iter(|| {
        let mut c = g.clone();
        c[25].clear();
        c
    });
}
