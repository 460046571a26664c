//! Rough single-thread throughput of `find` on the evaluation corpus (tests/corpus/corpus.jsonl)
//! or on a text file, for profiling while optimising. The reference figures come from the
//! benchmarks in benches/ (scripts/bench --report).
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/corpus/corpus.jsonl".into());
    let data = std::fs::read_to_string(&path).unwrap();
    let docs: Vec<String> = if path.ends_with(".jsonl") {
        data.lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string()
            })
            .collect()
    } else {
        vec![data]
    };
    // CASEMASK_DOCS limits the corpus and CASEMASK_PASSES the repetitions (for callgrind runs).
    let env = |k: &str, d: usize| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let docs: Vec<String> = docs.into_iter().take(env("CASEMASK_DOCS", usize::MAX)).collect();
    let passes = env("CASEMASK_PASSES", 3);
    let bytes: usize = docs.iter().map(String::len).sum();
    let t = Instant::now();
    let r = casemask::Redactor::default();
    eprintln!("build: {:?}", t.elapsed());
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..passes {
        let t = Instant::now();
        n = docs.iter().map(|d| r.find(d).len()).sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("{n} spans, {:.2} MB/s (best of {passes}, {bytes} bytes)", bytes as f64 / best / 1e6);
}
