pub fn build(n: usize) -> Vec<Vec<usize>> {
    (0..n).map(|i| if i > 0 { vec![i - 1] } else { vec![] }).collect()
}
