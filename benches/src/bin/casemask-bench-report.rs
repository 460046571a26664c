//! One run, one plain table of medians to quote in notes: MB/s per case, adversarial slowdowns,
//! the 2-thread batch speed-up, build times and the memory a built redactor holds.
//!
//! Run in release: `scripts/bench --report` (or `cargo run --release -p casemask-benches --bin
//! casemask-bench-report -- [--quick]`). `--quick` shortens every measurement for a smoke run.

use std::hint::black_box;
use std::time::{Duration, Instant};

use casemask::Redactor;
use casemask_benches::{
    capitalised_words, digits, find_all, load_corpus, machine, mb_per_s, median_time, no_spaces_line, pool,
    punctuation, redactor_with, rss_kib, synthetic_people, Corpus, KB, MB,
};

struct Report {
    budget: Duration,
    min_iters: usize,
}

impl Report {
    fn time<F: FnMut()>(&self, f: F) -> Duration {
        median_time(f, self.min_iters, self.budget)
    }

    fn row(&self, case: &str, bytes: usize, t: Duration, note: &str) -> f64 {
        let rate = mb_per_s(bytes, t);
        println!("{case:<52} {rate:>10.2} {:>12.3}  {note}", t.as_secs_f64() * 1e3);
        rate
    }
}

fn header(title: &str) {
    println!("\n## {title}");
    println!("{:<52} {:>10} {:>12}  note", "case", "MB/s", "median ms");
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let r = if quick {
        Report { budget: Duration::from_millis(150), min_iters: 1 }
    } else {
        Report { budget: Duration::from_millis(1_500), min_iters: 3 }
    };

    // Memory and the cold build first, before anything else is allocated or loaded. The first
    // find also compiles the detectors' lazily built regexes: it counts as part of building.
    let sample = casemask_benches::template_notes(1, 7).remove(0);
    let before = rss_kib();
    let t = Instant::now();
    let default = Redactor::default();
    let cold_build = t.elapsed();
    let after_build = rss_kib();
    let t = Instant::now();
    black_box(default.find(&sample));
    let first_find = t.elapsed();
    let after_find = rss_kib();

    let corpus = load_corpus();
    let date = std::process::Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%d %H:%M UTC")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("# casemask bench report");
    println!("date: {date}");
    println!("machine: {}", machine());
    println!("casemask {}; inputs: {}", casemask::VERSION, corpus.describe());
    println!("medians of {} ({} calls at least)", humantime(r.budget), r.min_iters);

    header("build");
    let warm_build = r.time(|| drop(black_box(Redactor::default())));
    println!(
        "{:<52} {:>10} {:>12.3}  first build in the process (loads word lists)",
        "build default (cold)",
        "",
        ms(cold_build)
    );
    println!("{:<52} {:>10} {:>12.4}  later builds", "build default (warm)", "", ms(warm_build));
    let people_json = casemask_benches::config_json(&synthetic_people(1_000), &[]);
    let t = r.time(|| drop(black_box(Redactor::from_json(&people_json).unwrap())));
    println!("{:<52} {:>10} {:>12.3}", "build with 1,000 known people", "", ms(t));
    // One timed build only: it is slow, and the redactor is reused below.
    let people_json = casemask_benches::config_json(&synthetic_people(10_000), &[]);
    let t = Instant::now();
    let with_10k_people = Redactor::from_json(&people_json).unwrap();
    println!("{:<52} {:>10} {:>12.3}  one build", "build with 10,000 known people", "", ms(t.elapsed()));
    println!(
        "{:<52} {:>10} {:>12.3}  compiles the lazily built regexes",
        "first find after the cold build (a 500 B note)",
        "",
        ms(first_find)
    );
    if let (Some((rss0, hwm0)), Some((rss1, _)), Some((rss2, hwm2))) = (before, after_build, after_find) {
        let mb = |kib: u64| kib as f64 / 1024.0;
        println!(
            "memory of the default redactor: VmRSS +{:.1} MB after build, +{:.1} MB after the first find; \
             VmHWM +{:.1} MB (target <= 50)",
            mb(rss1.saturating_sub(rss0)),
            mb(rss2.saturating_sub(rss0)),
            mb(hwm2.saturating_sub(hwm0))
        );
    } else {
        println!("memory: /proc/self/status not readable");
    }

    let with_people = redactor_with(1_000, 0);
    let note = corpus.note_near(500).to_string();
    let doc = corpus.text_of_size(50 * KB);

    header("one thread: find and redact");
    let corpus_bytes = corpus.bytes();
    let mut corpus_find = 0.0;
    for (people, red) in [(0, &default), (1_000, &with_people)] {
        let t = r.time(|| {
            black_box(find_all(red, &corpus.docs));
        });
        let rate =
            r.row(&format!("find corpus, doc by doc, {people} people"), corpus_bytes, t, "target >= 100");
        if people == 0 {
            corpus_find = rate;
        }
        let t = r.time(|| {
            for d in &corpus.docs {
                black_box(red.redact(d));
            }
        });
        r.row(&format!("redact corpus, doc by doc, {people} people"), corpus_bytes, t, "");
        for (name, text) in [("note", &note), ("doc 50 KB", &doc)] {
            let t = r.time(|| drop(black_box(red.find(text))));
            r.row(&format!("find {name} ({} B), {people} people", text.len()), text.len(), t, "");
            let t = r.time(|| drop(black_box(red.redact(text))));
            r.row(&format!("redact {name} ({} B), {people} people", text.len()), text.len(), t, "");
        }
    }

    header("batch of 10,000 short notes (redact_batch / find_batch)");
    let batch = corpus.notes(10_000);
    let batch_bytes: usize = batch.iter().map(String::len).sum();
    let mut speedups = Vec::new();
    for (people, red) in [(0, &default), (1_000, &with_people)] {
        for op in ["redact_batch", "find_batch"] {
            let mut rates = [0.0; 2];
            for threads in [1, 2] {
                let p = pool(threads);
                let t = r.time(|| {
                    p.install(|| {
                        if op == "redact_batch" {
                            drop(black_box(red.redact_batch(&batch)));
                        } else {
                            drop(black_box(red.find_batch(&batch)));
                        }
                    })
                });
                rates[threads - 1] =
                    r.row(&format!("{op}, {threads} thread(s), {people} people"), batch_bytes, t, "");
            }
            let s = rates[1] / rates[0];
            speedups.push(s);
            println!("{:<52} {:>10.2}x {:>11}  target >= 1.8", format!("  speed-up 2/1 threads"), s, "");
        }
    }

    header("input size (find, default config, the same 10 MB of corpus text cut into texts of each size)");
    let mut by_size = Vec::new();
    for size in [KB, 10 * KB, 100 * KB, MB, 10 * MB] {
        let texts = corpus.pieces(10 * MB, size);
        let bytes: usize = texts.iter().map(String::len).sum();
        let t = r.time(|| {
            black_box(find_all(&default, &texts));
        });
        by_size.push((size, r.row(&format!("find texts of {}", human(size)), bytes, t, "must stay flat")));
    }
    let rates: Vec<f64> = by_size.iter().map(|&(_, rate)| rate).collect();
    let spread =
        rates.iter().cloned().fold(f64::MIN, f64::max) / rates.iter().cloned().fold(f64::MAX, f64::min);

    header("known people (find on the corpus, doc by doc)");
    let with_100_people = redactor_with(100, 0);
    for (n, red) in
        [(0, &default), (100, &with_100_people), (1_000, &with_people), (10_000, &with_10k_people)]
    {
        let t = r.time(|| {
            black_box(find_all(red, &corpus.docs));
        });
        r.row(&format!("find, {n} known people"), corpus_bytes, t, "");
    }

    header("custom case-number patterns (find on the corpus, doc by doc)");
    for n in [0, 10, 100] {
        let red = redactor_with(0, n);
        let t = r.time(|| {
            black_box(find_all(&red, &corpus.docs));
        });
        r.row(&format!("find, {n} case-number patterns"), corpus_bytes, t, "");
    }

    header("adversarial (find, default config) against ordinary text of the same size");
    let adversarial: Vec<(&str, String)> = vec![
        ("one 10 MB line without spaces", no_spaces_line(&corpus, 10 * MB)),
        ("1 MB of capitalised words only", capitalised_words(MB)),
        ("100,000 digits", digits(100_000)),
        ("1 MB of repeated punctuation", punctuation(MB)),
    ];
    let mut ratios = Vec::new();
    for (name, text) in &adversarial {
        let ordinary = ordinary_rate(&r, &default, &corpus, text.len(), &by_size);
        let t = r.time(|| drop(black_box(default.find(text))));
        let rate = r.row(&format!("find {name}"), text.len(), t, "");
        let slowdown = ordinary / rate;
        ratios.push((name.to_string(), slowdown));
        println!(
            "{:<52} {:>10.2}x {:>11}  time per byte vs ordinary text ({ordinary:.2} MB/s); target <= 5",
            "  slowdown", slowdown, ""
        );
    }

    println!("\n## summary");
    println!("find on the corpus, one thread, default config: {corpus_find:.2} MB/s (target >= 100)");
    println!(
        "batch speed-up 2/1 threads: {} (target >= 1.8)",
        speedups.iter().map(|s| format!("{s:.2}x")).collect::<Vec<_>>().join(", ")
    );
    println!(
        "input size 1 KB / 10 KB / 100 KB / 1 MB / 10 MB: {} MB/s, fastest / slowest {spread:.2}x (target: flat)",
        rates.iter().map(|r| format!("{r:.1}")).collect::<Vec<_>>().join(" / ")
    );
    println!(
        "build default: cold {:.1} ms + first find {:.1} ms, warm {:.3} ms (target <= 100)",
        ms(cold_build),
        ms(first_find),
        ms(warm_build)
    );
    for (name, s) in ratios {
        println!("adversarial slowdown, {name}: {s:.2}x (target <= 5)");
    }
}

/// find MB/s on ordinary text of `bytes` bytes, reusing the size-scaling figure when it has one.
fn ordinary_rate(r: &Report, red: &Redactor, corpus: &Corpus, bytes: usize, by_size: &[(usize, f64)]) -> f64 {
    if let Some(&(_, rate)) = by_size.iter().find(|(size, _)| *size == bytes) {
        return rate;
    }
    let text = corpus.text_of_size(bytes);
    mb_per_s(bytes, r.time(|| drop(black_box(red.find(&text)))))
}

fn ms(t: Duration) -> f64 {
    t.as_secs_f64() * 1e3
}

fn human(bytes: usize) -> String {
    if bytes >= MB {
        format!("{} MB", bytes / MB)
    } else {
        format!("{} KB", bytes / KB)
    }
}

fn humantime(t: Duration) -> String {
    format!("{:.2} s", t.as_secs_f64())
}
