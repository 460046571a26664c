//! Whitespace around a note changes nothing that is found in it: exports pad, trim and join
//! notes in every way, and a note's last identifier is as often followed by a line break as by
//! nothing. Checked on every document of the evaluation corpus.

use casemask::{Label, Redactor, Span};

fn corpus() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus/corpus.jsonl");
    let data = std::fs::read_to_string(path).expect("the evaluation corpus");
    data.lines()
        .map(|l| {
            let doc: serde_json::Value = serde_json::from_str(l).expect("a JSON object per line");
            doc["text"].as_str().expect("a \"text\" field").to_string()
        })
        .collect()
}

fn spans(found: Vec<Span>, shift: usize) -> Vec<(usize, usize, Label)> {
    found.into_iter().map(|s| (s.start - shift, s.end - shift, s.label)).collect()
}

#[test]
fn whitespace_around_a_note_changes_no_span() {
    let r = Redactor::default();
    let docs = corpus();
    assert!(docs.len() > 1_000);
    let mut differing = Vec::new();
    for (n, text) in docs.iter().enumerate() {
        let plain = spans(r.find(text), 0);
        for (before, after) in [("", "\n"), ("", " "), ("", "\r\n\r\n"), ("\n\n", "\n"), (" ", "")] {
            let padded = spans(r.find(&format!("{before}{text}{after}")), before.len());
            if padded != plain {
                // Labels and positions only: the corpus is synthetic, but a failure message
                // carries no text all the same.
                let only = |a: &[(usize, usize, Label)], b: &[(usize, usize, Label)]| {
                    a.iter().filter(|s| !b.contains(s)).cloned().collect::<Vec<_>>()
                };
                differing.push((n, before, after, only(&plain, &padded), only(&padded, &plain)));
            }
        }
    }
    assert!(
        differing.is_empty(),
        "{} paddings change spans (document, before, after, plain only, padded only): {:?}",
        differing.len(),
        &differing[..differing.len().min(10)]
    );
}
