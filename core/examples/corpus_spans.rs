//! Prints every span `find` gives on each document of a JSONL corpus (default
//! tests/corpus/corpus.jsonl), one line per span: document number, byte range, label, score,
//! detector. Used to check that a speed change leaves the output alone:
//!
//! ```text
//! cargo run --release --example corpus_spans > before.txt
//! # ... change ...
//! cargo run --release --example corpus_spans > after.txt && cmp before.txt after.txt
//! ```
//! Synthetic corpus only: the lines carry byte offsets, not text.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/corpus/corpus.jsonl".into());
    let corpus = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let redactor = casemask::Redactor::default();
    let mut out = String::new();
    for (n, line) in corpus.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON object per line");
        let text = doc["text"].as_str().expect("a \"text\" field");
        for s in redactor.find(text) {
            out += &format!("{n} {} {} {} {:.3} {}\n", s.start, s.end, s.label.name(), s.score, s.detector);
        }
    }
    print!("{out}");
}
