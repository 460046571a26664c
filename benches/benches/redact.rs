//! The criterion suite of issue 6. Throughput is in bytes, so criterion prints MB/s (10⁶ B/s).
//!
//! Groups (filter with `scripts/bench GROUP`, e.g. `scripts/bench adversarial`):
//! - `corpus`: `find` and `redact` on the evaluation corpus, one document at a time (the target).
//! - `note`, `doc_50KB`: one ~500-byte note and one 50 KB document, 0 and 1,000 known people.
//! - `batch_10k`: `find_batch` and `redact_batch` on 10,000 short notes (corpus documents of at
//!   most 1,000 bytes, cycled), rayon pools of 1 and 2 threads.
//! - `size`: `find` on the same 10 MB of corpus text cut into texts of 1 KB to 10 MB (MB/s must
//!   stay flat).
//! - `known_people`: 0 to 10,000; `case_patterns`: 0 to 100 custom case-number regexes.
//! - `adversarial`: hostile inputs next to ordinary text of the same size (the 10 MB line is
//!   compared with `size/find/10MB`, not measured twice).
//! - `build`: building a default redactor (after the first, which also loads the word lists) and
//!   one with 1,000 known people.
//!
//! Sample counts and times are small so that the whole suite fits in about ten minutes on two
//! cores; criterion's own `--sample-size` and `--measurement-time` override them.

use std::hint::black_box;
use std::time::Duration;

use casemask::Redactor;
use casemask_benches::{
    capitalised_words, config_json, digits, find_all, load_corpus, no_spaces_line, pool, punctuation,
    redactor_with, synthetic_people, Corpus, KB, MB,
};
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, SamplingMode, Throughput};

type Group<'a> = BenchmarkGroup<'a, criterion::measurement::WallTime>;

fn group<'a>(c: &'a mut Criterion, name: &str, bytes: usize) -> Group<'a> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::BytesDecimal(bytes as u64));
    // Iterations here take from microseconds to seconds; flat sampling keeps the slow ones to
    // sample_size calls instead of criterion's default 1 + 2 + ... + n.
    g.sampling_mode(SamplingMode::Flat);
    g
}

fn corpus_benches(c: &mut Criterion, corpus: &Corpus, redactors: &[(usize, Redactor)]) {
    let mut g = group(c, "corpus", corpus.bytes());
    for (people, red) in redactors {
        g.bench_function(format!("find/{people}_people"), |b| b.iter(|| find_all(red, &corpus.docs)));
        g.bench_function(format!("redact/{people}_people"), |b| {
            b.iter(|| corpus.docs.iter().map(|d| black_box(red.redact(d)).len()).sum::<usize>())
        });
    }
    g.finish();
}

fn single_text_benches(c: &mut Criterion, corpus: &Corpus, redactors: &[(usize, Redactor)]) {
    let note = corpus.note_near(500).to_string();
    let doc = corpus.text_of_size(50 * KB);
    for (name, text) in [("note", &note), ("doc_50KB", &doc)] {
        let mut g = group(c, name, text.len());
        for (people, red) in redactors {
            g.bench_function(format!("find/{people}_people"), |b| b.iter(|| red.find(black_box(text))));
            g.bench_function(format!("redact/{people}_people"), |b| b.iter(|| red.redact(black_box(text))));
        }
        g.finish();
    }
}

fn batch_benches(c: &mut Criterion, corpus: &Corpus, redactors: &[(usize, Redactor)]) {
    let batch = corpus.notes(10_000);
    let bytes = batch.iter().map(String::len).sum();
    let mut g = group(c, "batch_10k", bytes);
    for threads in [1, 2] {
        let p = pool(threads);
        for (people, red) in redactors {
            g.bench_function(format!("find_batch/{threads}_threads/{people}_people"), |b| {
                b.iter(|| p.install(|| red.find_batch(&batch)))
            });
            g.bench_function(format!("redact_batch/{threads}_threads/{people}_people"), |b| {
                b.iter(|| p.install(|| red.redact_batch(&batch)))
            });
        }
    }
    g.finish();
}

fn size_benches(c: &mut Criterion, corpus: &Corpus, red: &Redactor) {
    // The same 10 MB of text at every size, cut into texts of that size: the MB/s then differ
    // only by what the size costs, not by which documents the text holds.
    let mut g = group(c, "size", 10 * MB);
    for (label, size) in [("1KB", KB), ("10KB", 10 * KB), ("100KB", 100 * KB), ("1MB", MB), ("10MB", 10 * MB)]
    {
        let texts = corpus.pieces(10 * MB, size);
        g.bench_function(format!("find/{label}"), |b| b.iter(|| find_all(red, &texts)));
    }
    g.finish();
}

fn config_scaling_benches(c: &mut Criterion, corpus: &Corpus) {
    let mut g = group(c, "known_people", corpus.bytes());
    for n in [0, 100, 1_000, 10_000] {
        let red = redactor_with(n, 0);
        g.bench_function(format!("find/{n}"), |b| b.iter(|| find_all(&red, &corpus.docs)));
    }
    g.finish();
    let mut g = group(c, "case_patterns", corpus.bytes());
    for n in [0, 10, 100] {
        let red = redactor_with(0, n);
        g.bench_function(format!("find/{n}"), |b| b.iter(|| find_all(&red, &corpus.docs)));
    }
    g.finish();
}

fn adversarial_benches(c: &mut Criterion, corpus: &Corpus, red: &Redactor) {
    let cases = [
        ("ordinary/100KB", corpus.text_of_size(100 * KB)),
        ("digits/100KB", digits(100 * KB)),
        ("ordinary/1MB", corpus.text_of_size(MB)),
        ("capitalised_words/1MB", capitalised_words(MB)),
        ("punctuation/1MB", punctuation(MB)),
        ("no_spaces_line/10MB", no_spaces_line(corpus, 10 * MB)),
    ];
    let mut g = group(c, "adversarial", 0);
    for (name, text) in &cases {
        g.throughput(Throughput::BytesDecimal(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| red.find(black_box(text))));
    }
    g.finish();
}

fn build_benches(c: &mut Criterion) {
    drop(Redactor::default()); // the first build also loads the shared word lists
    let json = config_json(&synthetic_people(1_000), &[]);
    let mut g = c.benchmark_group("build");
    g.sampling_mode(SamplingMode::Flat);
    g.bench_function("default", |b| b.iter(Redactor::default));
    g.bench_function("1000_people", |b| b.iter(|| Redactor::from_json(black_box(&json)).unwrap()));
    g.finish();
}

fn all(c: &mut Criterion) {
    let corpus = load_corpus();
    eprintln!("casemask benches on {}", corpus.describe());
    let redactors = [(0, Redactor::default()), (1_000, redactor_with(1_000, 0))];
    build_benches(c);
    corpus_benches(c, &corpus, &redactors);
    single_text_benches(c, &corpus, &redactors);
    batch_benches(c, &corpus, &redactors);
    size_benches(c, &corpus, &redactors[0].1);
    config_scaling_benches(c, &corpus);
    adversarial_benches(c, &corpus, &redactors[0].1);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .without_plots();
    targets = all
}
criterion_main!(benches);
