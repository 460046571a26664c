//! Printing metrics as a table and misses and false positives as examples.

use std::fmt::Write;

use crate::metrics::{Example, Metrics, Recall};

fn rate(value: Option<f64>) -> String {
    value.map_or_else(|| "n/a".to_string(), |v| format!("{v:.4}"))
}

fn subset(recall: Option<Recall>) -> String {
    match recall {
        Some(r) => format!("{}  ({} of {} spans)", rate(r.leak_recall), r.recalled, r.gold),
        None => "n/a".to_string(),
    }
}

/// The metrics as a plain-text table.
pub fn table(m: &Metrics) -> String {
    let mut out = String::new();
    let o = &m.overall;
    let _ =
        writeln!(out, "{} documents, {} gold spans, {} predicted spans\n", m.documents, o.gold, o.predicted);
    let _ = writeln!(
        out,
        "{:<13} {:>7} {:>12} {:>13} {:>10}",
        "label", "gold", "leak recall", "typed recall", "predicted"
    );
    for l in &m.labels {
        let _ = writeln!(
            out,
            "{:<13} {:>7} {:>12} {:>13} {:>10}",
            l.label,
            l.gold,
            rate(l.leak_recall),
            rate(l.typed_recall),
            l.predicted
        );
    }
    let _ = writeln!(
        out,
        "{:<13} {:>7} {:>12} {:>13} {:>10}\n",
        "ALL",
        o.gold,
        rate(o.leak_recall),
        rate(o.typed_recall),
        o.predicted
    );
    let _ = writeln!(out, "precision (predicted spans overlapping a gold span)  {}", rate(o.precision));
    let _ = writeln!(
        out,
        "non-identifier characters masked                     {}  (of {} characters)",
        rate(o.non_identifier_masked),
        o.non_identifier_chars
    );
    let _ = writeln!(out, "PERSON leak recall, names in no shipped gazetteer    {}", subset(m.unseen_person));
    if m.known_people.is_some() {
        let _ =
            writeln!(out, "leak recall on known people's names and variants    {}", subset(m.known_people));
    }
    out
}

/// Up to `n` examples, spread evenly over the list.
pub fn spread(examples: &[Example], n: usize) -> Vec<&Example> {
    if n == 0 || examples.is_empty() {
        return Vec::new();
    }
    let step = (examples.len() as f64 / n as f64).max(1.0);
    (0..n.min(examples.len())).map(|i| &examples[(i as f64 * step) as usize]).collect()
}

/// Misses and false positives, `n` of each at most.
pub fn examples(misses: &[Example], false_positives: &[Example], n: usize) -> String {
    let mut out = String::new();
    for (title, list) in [
        ("Misses (gold spans not fully masked)", misses),
        ("False positives (overlapping no gold span)", false_positives),
    ] {
        let _ = writeln!(out, "\n{title}: {} in all", list.len());
        for e in spread(list, n) {
            let _ =
                writeln!(out, "  {} {:<11} {:?}  [{}]\n      {}", e.doc, e.label, e.text, e.note, e.context);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(i: usize) -> Example {
        Example {
            doc: format!("doc-{i}"),
            label: "PERSON".into(),
            text: "x".into(),
            context: "«x»".into(),
            note: String::new(),
        }
    }

    #[test]
    fn spread_picks_evenly_and_never_more_than_asked() {
        let list: Vec<Example> = (0..10).map(ex).collect();
        let docs: Vec<&str> = spread(&list, 3).iter().map(|e| e.doc.as_str()).collect();
        assert_eq!(docs, ["doc-0", "doc-3", "doc-6"]);
        assert_eq!(spread(&list, 20).len(), 10);
        assert!(spread(&list, 0).is_empty());
    }
}
