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
//!
//! `--stages` (built with the `stage-times` feature: `scripts/bench --stages`) times each stage
//! of `find` instead, in wall-clock time: per stage, the fastest of the passes (default 15).

use std::time::Instant;

use casemask_benches::{find_all, load_corpus, mb_per_s, redactor_with};

fn main() {
    let mut passes = 1usize;
    let mut people = 0usize;
    let mut warm = false;
    let mut size = None;
    let mut stages = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || -> usize {
            args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
                eprintln!("usage: casemask-bench-profile [--passes N] [--people N] [--warm] [--size BYTES] [--stages]");
                std::process::exit(2)
            })
        };
        match arg.as_str() {
            "--passes" => passes = value(),
            "--people" => people = value(),
            "--warm" => warm = true,
            "--size" => size = Some(value()),
            "--stages" => stages = true,
            _ => {
                eprintln!("usage: casemask-bench-profile [--passes N] [--people N] [--warm] [--size BYTES] [--stages]");
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
    if stages {
        stage_times(&redactor, &corpus, passes);
        return;
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

/// Prints how long each stage of `find` takes over the corpus: per stage, the least of `passes`
/// passes (one warm pass first), so a pass slowed by another process counts only where it was
/// fastest. Reading the clock between stages costs about 20 ns a stage, 0.5 µs a document.
#[cfg(feature = "stage-times")]
fn stage_times(redactor: &casemask::Redactor, corpus: &casemask_benches::Corpus, passes: usize) {
    use std::time::Duration;
    let passes = passes.max(2);
    let mut best: Vec<(&'static str, Duration)> = Vec::new();
    let mut best_pass = Duration::MAX;
    for pass in 0..=passes {
        let mut times = Vec::new();
        for doc in &corpus.docs {
            std::hint::black_box(redactor.find_stage_times(doc, &mut times));
        }
        if pass == 0 {
            continue; // warm: lazy DFAs and the word memo filled
        }
        best_pass = best_pass.min(times.iter().map(|(_, t)| *t).sum());
        for (stage, t) in times {
            match best.iter_mut().find(|(name, _)| *name == stage) {
                Some((_, b)) => *b = (*b).min(t),
                None => best.push((stage, t)),
            }
        }
    }
    let bytes = corpus.bytes();
    println!("stages of find on {}, fastest of {passes} passes each:", corpus.describe());
    println!("{:>16} {:>9} {:>7} {:>10}", "stage", "ms/pass", "share", "MB/s");
    for (stage, t) in &best {
        let share = 100.0 * t.as_secs_f64() / best_pass.as_secs_f64();
        println!("{stage:>16} {:>9.2} {share:>6.1}% {:>10.1}", t.as_secs_f64() * 1e3, mb_per_s(bytes, *t));
    }
    println!(
        "{:>16} {:>9.2} {:>7} {:>10.1}  (fastest whole pass)",
        "all",
        best_pass.as_secs_f64() * 1e3,
        "",
        mb_per_s(bytes, best_pass)
    );
}

#[cfg(not(feature = "stage-times"))]
fn stage_times(_: &casemask::Redactor, _: &casemask_benches::Corpus, _: usize) {
    eprintln!("--stages needs the stage-times feature: scripts/bench --stages");
    std::process::exit(2);
}
