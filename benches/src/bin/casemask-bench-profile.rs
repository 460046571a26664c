//! A small driver for profilers: builds a default redactor, then runs `find` on every document of
//! the evaluation corpus, one after another, `--passes N` times (default 1). Everything worth
//! profiling happens inside `casemask_benches::find_all`, so callgrind can collect only that:
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true cargo build --release -p casemask-benches --bin casemask-bench-profile
//! valgrind --tool=callgrind --toggle-collect='casemask_benches::find_all*' target/release/casemask-bench-profile
//! ```
//! `scripts/bench --profile` does this and prints the top functions. `--warm` runs one pass over
//! the corpus first, outside `find_all`, so the profile shows the steady state (lazy DFAs built).
//! `--size BYTES` profiles one text of that size made of corpus documents instead (the `size`
//! benchmark's input), to see what grows faster than the text.

use std::time::Instant;

use casemask_benches::{find_all, load_corpus, mb_per_s, redactor_with};

fn main() {
    let mut passes = 1usize;
    let mut people = 0usize;
    let mut warm = false;
    let mut size = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || -> usize {
            args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
                eprintln!("usage: casemask-bench-profile [--passes N] [--people N] [--warm] [--size BYTES]");
                std::process::exit(2)
            })
        };
        match arg.as_str() {
            "--passes" => passes = value(),
            "--people" => people = value(),
            "--warm" => warm = true,
            "--size" => size = Some(value()),
            _ => {
                eprintln!("usage: casemask-bench-profile [--passes N] [--people N] [--warm] [--size BYTES]");
                std::process::exit(2);
            }
        }
    }
    let mut corpus = load_corpus();
    if let Some(bytes) = size {
        corpus.docs = vec![corpus.text_of_size(bytes)];
    }
    let redactor = redactor_with(people, 0);
    // The first find compiles lazily built regexes; keep that out of the measured function.
    std::hint::black_box(redactor.find(&corpus.docs[0]));
    if warm {
        for doc in &corpus.docs {
            std::hint::black_box(redactor.find(doc));
        }
    }
    let start = Instant::now();
    let mut spans = 0;
    for _ in 0..passes {
        spans += find_all(&redactor, &corpus.docs);
    }
    let t = start.elapsed();
    println!(
        "find on {} x {passes}: {spans} spans in {:.3} s, {:.2} MB/s",
        corpus.describe(),
        t.as_secs_f64(),
        mb_per_s(corpus.bytes() * passes, t)
    );
}
