//! Rough single-thread throughput of `find` on a text file repeated to ~5 MB (for profiling;
//! the criterion benches in benches/ are the reference figures).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "examples/case_note.txt".into());
    let note = std::fs::read_to_string(path).unwrap();
    let docs: Vec<String> = (0..(5_000_000 / note.len().max(1))).map(|_| note.clone()).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let t = std::time::Instant::now();
    let r = casemask::Redactor::default();
    eprintln!("build: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let mut n = 0;
    for d in &docs {
        n += r.find(d).len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!("{n} spans, {:.1} MB/s", bytes as f64 / secs / 1e6);
}
