//! The quality floors the regression test holds the library to (`eval/floors.json`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::metrics::Metrics;

/// Minimum figures (and the one maximum) the evaluation must meet.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Floors {
    /// Leak recall over all labels together.
    pub overall_leak_recall: f64,
    /// Leak recall per label; labels not listed have no floor.
    pub leak_recall: BTreeMap<String, f64>,
    /// Share of predicted spans overlapping a gold span.
    pub precision: f64,
    /// Highest allowed share of non-identifier characters masked.
    pub max_non_identifier_masked: f64,
    /// Leak recall on variants of known people's names, with known people supplied.
    pub known_people_leak_recall: f64,
}

impl Floors {
    /// `eval/floors.json`.
    pub fn default_path() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("floors.json")
    }

    /// Reads a floors file.
    pub fn load(path: &Path) -> Result<Floors, String> {
        let data = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&data).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// What a run with all defaults (no known people) falls short of, one line each.
    pub fn default_failures(&self, m: &Metrics) -> Vec<String> {
        let mut out = Vec::new();
        below(&mut out, "overall leak recall", m.overall.leak_recall, self.overall_leak_recall);
        for (label, &floor) in &self.leak_recall {
            let value = m.label(label).and_then(|l| l.leak_recall);
            below(&mut out, &format!("{label} leak recall"), value, floor);
        }
        below(&mut out, "precision", m.overall.precision, self.precision);
        let masked = m.overall.non_identifier_masked.unwrap_or(0.0);
        if masked > self.max_non_identifier_masked {
            out.push(format!(
                "non-identifier characters masked {masked:.4} > ceiling {:.4}",
                self.max_non_identifier_masked
            ));
        }
        out
    }

    /// What a run with known people supplied falls short of.
    pub fn known_people_failures(&self, m: &Metrics) -> Vec<String> {
        let mut out = Vec::new();
        let value = m.known_people.and_then(|k| k.leak_recall);
        below(&mut out, "known-people leak recall", value, self.known_people_leak_recall);
        out
    }
}

fn below(out: &mut Vec<String>, what: &str, value: Option<f64>, floor: f64) {
    match value {
        Some(v) if v >= floor => {}
        Some(v) => out.push(format!("{what} {v:.4} < floor {floor:.4}")),
        None => out.push(format!("{what}: nothing to measure (floor {floor:.4})")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Document, GoldSpan};
    use crate::metrics::{Predicted, Tally};

    #[test]
    fn the_committed_floors_file_parses() {
        let f = Floors::load(&Floors::default_path()).unwrap();
        assert!(f.leak_recall.contains_key("PERSON"));
        assert!(f.precision > 0.0 && f.max_non_identifier_masked < 1.0);
    }

    #[test]
    fn failures_name_what_is_below_its_floor() {
        let doc = Document {
            id: "d".into(),
            genre: String::new(),
            text: "Jade and 10:30".into(),
            spans: vec![GoldSpan { start: 0, end: 4, label: "PERSON".into() }],
            known_people: vec![],
        };
        let mut t = Tally::default();
        t.add(&doc, &[Predicted::new(0, 4, "PERSON"), Predicted::new(9, 14, "DATE")], None, None);
        let m = t.metrics();
        let floors = Floors {
            overall_leak_recall: 0.99,
            leak_recall: [("PERSON".to_string(), 0.98), ("DATE".to_string(), 0.99)].into(),
            precision: 0.93,
            max_non_identifier_masked: 0.02,
            known_people_leak_recall: 1.0,
        };
        let failures = floors.default_failures(&m);
        assert_eq!(failures.len(), 3, "{failures:?}");
        assert!(failures[0].starts_with("DATE leak recall: nothing to measure"));
        assert!(failures[1].starts_with("precision 0.5000"));
        assert!(failures[2].starts_with("non-identifier characters masked"));
        assert_eq!(floors.known_people_failures(&m).len(), 1);
    }
}
