//! Scoring predicted spans against gold spans.
//!
//! - A gold span is *leak-recalled* when every non-whitespace character of it lies inside some
//!   predicted span, whatever that span's label; *typed-recalled* when the covering predicted
//!   spans carry the gold label.
//! - *Precision* is the share of predicted spans that overlap at least one gold span.
//! - *Non-identifier masked* is the share of non-whitespace characters outside every gold span
//!   that lie inside a predicted span.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::corpus::{Document, GoldSpan};
use crate::names::{Gazetteer, KnownNames};

/// The labels, in the order reports list them.
pub const LABELS: [&str; 10] = [
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "DATE",
    "CASE_NUMBER",
    "NHS_NUMBER",
    "NI_NUMBER",
    "PHONE",
    "EMAIL",
    "HANDLE",
];

/// A span found by the system under test.
#[derive(Clone, Debug, PartialEq)]
pub struct Predicted {
    /// Byte offset where the span starts.
    pub start: usize,
    /// Byte offset just past the span.
    pub end: usize,
    /// The label's uppercase name.
    pub label: String,
    /// The detector's score.
    pub score: f32,
    /// Which detector found it.
    pub detector: String,
}

impl Predicted {
    /// A prediction with no score or detector (for tests).
    pub fn new(start: usize, end: usize, label: &str) -> Predicted {
        Predicted { start, end, label: label.to_string(), score: 1.0, detector: String::new() }
    }

    fn covers(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }
}

fn overlaps(a_start: usize, a_end: usize, b_start: usize, b_end: usize) -> bool {
    a_start < b_end && b_start < a_end
}

/// Hits out of a total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Count {
    /// How many were counted.
    pub total: usize,
    /// How many of those were hits.
    pub hit: usize,
}

impl Count {
    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hit += usize::from(hit);
    }

    /// `hit / total`, or `None` when nothing was counted.
    pub fn rate(&self) -> Option<f64> {
        (self.total > 0).then(|| self.hit as f64 / self.total as f64)
    }
}

/// A gold span that leaked, or a predicted span that overlaps no gold span.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Example {
    /// Document id.
    pub doc: String,
    /// The gold label (misses) or the predicted label (false positives).
    pub label: String,
    /// The span's text.
    pub text: String,
    /// The text around it, the span marked with « ».
    pub context: String,
    /// What was masked of a miss, or the detector and score of a false positive.
    pub note: String,
}

#[derive(Clone, Debug, Default)]
struct LabelTally {
    leak: Count,
    typed: Count,
    predicted: usize,
}

/// Running totals over documents.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    documents: usize,
    labels: BTreeMap<String, LabelTally>,
    precision: Count,
    non_identifier: Count,
    unseen: Count,
    known: Count,
    gazetteer_used: bool,
    known_used: bool,
    /// Gold spans that leaked, in corpus order.
    pub misses: Vec<Example>,
    /// Predicted spans overlapping no gold span, in corpus order.
    pub false_positives: Vec<Example>,
}

impl Tally {
    /// Scores one document. `gazetteer` enables the unseen-names figure, `known` the
    /// known-people figure.
    pub fn add(
        &mut self,
        doc: &Document,
        predicted: &[Predicted],
        gazetteer: Option<&Gazetteer>,
        known: Option<&KnownNames>,
    ) {
        self.documents += 1;
        self.gazetteer_used |= gazetteer.is_some();
        self.known_used |= known.is_some();
        let text = &doc.text;

        for gold in &doc.spans {
            let (leaked, typed) = coverage(text, gold, predicted);
            let entry = self.labels.entry(gold.label.clone()).or_default();
            entry.leak.add(leaked.is_empty());
            entry.typed.add(typed);
            let gold_text = doc.slice(gold.start, gold.end);
            if gold.label == "PERSON" {
                if let Some(true) = gazetteer.and_then(|g| g.is_unseen(gold_text)) {
                    self.unseen.add(leaked.is_empty());
                }
                if known.is_some_and(|k| k.matches(gold_text)) {
                    self.known.add(leaked.is_empty());
                }
            }
            if !leaked.is_empty() {
                let note = if leaked.len() == gold_text.chars().filter(|c| !c.is_whitespace()).count() {
                    "not masked".to_string()
                } else {
                    format!("partly masked; left: {leaked:?}")
                };
                self.misses.push(Example {
                    doc: doc.id.clone(),
                    label: gold.label.clone(),
                    text: gold_text.to_string(),
                    context: context(text, gold.start, gold.end),
                    note,
                });
            }
        }

        for p in predicted {
            self.labels.entry(p.label.clone()).or_default().predicted += 1;
            let hit = doc.spans.iter().any(|g| overlaps(p.start, p.end, g.start, g.end));
            self.precision.add(hit);
            if !hit {
                self.false_positives.push(Example {
                    doc: doc.id.clone(),
                    label: p.label.clone(),
                    text: text[p.start..p.end].to_string(),
                    context: context(text, p.start, p.end),
                    note: format!("{} {:.2}", p.detector, p.score),
                });
            }
        }

        let mut gold_mask = vec![false; text.len()];
        for g in &doc.spans {
            gold_mask[g.start..g.end].fill(true);
        }
        let mut pred_mask = vec![false; text.len()];
        for p in predicted {
            pred_mask[p.start.min(text.len())..p.end.min(text.len())].fill(true);
        }
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() && !gold_mask[i] {
                self.non_identifier.add(pred_mask[i]);
            }
        }
    }

    /// The figures so far.
    pub fn metrics(&self) -> Metrics {
        let mut labels: Vec<LabelMetrics> = Vec::new();
        let mut names: Vec<&str> = LABELS.to_vec();
        names.extend(self.labels.keys().map(String::as_str).filter(|l| !LABELS.contains(l)));
        let (mut leak, mut typed, mut predicted) = (Count::default(), Count::default(), 0);
        for name in names {
            let t = self.labels.get(name).cloned().unwrap_or_default();
            leak.total += t.leak.total;
            leak.hit += t.leak.hit;
            typed.total += t.typed.total;
            typed.hit += t.typed.hit;
            predicted += t.predicted;
            labels.push(LabelMetrics {
                label: name.to_string(),
                gold: t.leak.total,
                leak_recall: t.leak.rate(),
                typed_recall: t.typed.rate(),
                predicted: t.predicted,
            });
        }
        Metrics {
            documents: self.documents,
            labels,
            overall: Overall {
                gold: leak.total,
                leak_recall: leak.rate(),
                typed_recall: typed.rate(),
                predicted,
                precision: self.precision.rate(),
                non_identifier_chars: self.non_identifier.total,
                non_identifier_masked: self.non_identifier.rate(),
            },
            unseen_person: self.gazetteer_used.then(|| Recall::from(self.unseen)),
            known_people: self.known_used.then(|| Recall::from(self.known)),
        }
    }
}

/// The non-whitespace characters of `gold` no predicted span covers, and whether the predicted
/// spans carrying the gold label cover all of them.
fn coverage(text: &str, gold: &GoldSpan, predicted: &[Predicted]) -> (String, bool) {
    let near: Vec<&Predicted> =
        predicted.iter().filter(|p| overlaps(p.start, p.end, gold.start, gold.end)).collect();
    let mut leaked = String::new();
    let mut typed = true;
    for (i, c) in text[gold.start..gold.end].char_indices() {
        if c.is_whitespace() {
            continue;
        }
        let pos = gold.start + i;
        if !near.iter().any(|p| p.covers(pos)) {
            leaked.push(c);
        }
        if !near.iter().any(|p| p.covers(pos) && p.label == gold.label) {
            typed = false;
        }
    }
    (leaked, typed)
}

/// About 40 bytes either side of a span, the span marked with « », line breaks shown as ⏎.
pub fn context(text: &str, start: usize, end: usize) -> String {
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    format!("{}«{}»{}", &text[from..start], &text[start..end], &text[end..to])
        .replace('\n', "⏎")
        .replace('\t', " ")
}

/// Figures for one label.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LabelMetrics {
    /// The label.
    pub label: String,
    /// Gold spans with this label.
    pub gold: usize,
    /// Share of them fully masked by any label (`None` when there are none).
    pub leak_recall: Option<f64>,
    /// Share of them fully masked by spans of this label.
    pub typed_recall: Option<f64>,
    /// Predicted spans with this label.
    pub predicted: usize,
}

/// Figures over all labels.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Overall {
    /// Gold spans.
    pub gold: usize,
    /// Share of gold spans fully masked.
    pub leak_recall: Option<f64>,
    /// Share of gold spans fully masked with their own label.
    pub typed_recall: Option<f64>,
    /// Predicted spans.
    pub predicted: usize,
    /// Share of predicted spans overlapping a gold span.
    pub precision: Option<f64>,
    /// Non-whitespace characters outside every gold span.
    pub non_identifier_chars: usize,
    /// Share of those masked.
    pub non_identifier_masked: Option<f64>,
}

/// A leak recall over a subset of gold spans.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Recall {
    /// Gold spans in the subset.
    pub gold: usize,
    /// How many were fully masked.
    pub recalled: usize,
    /// `recalled / gold`.
    pub leak_recall: Option<f64>,
}

impl From<Count> for Recall {
    fn from(c: Count) -> Recall {
        Recall { gold: c.total, recalled: c.hit, leak_recall: c.rate() }
    }
}

/// Everything the evaluation reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Metrics {
    /// Documents scored.
    pub documents: usize,
    /// One row per label.
    pub labels: Vec<LabelMetrics>,
    /// All labels together.
    pub overall: Overall,
    /// PERSON leak recall on names none of whose words the shipped gazetteers hold; `None` when
    /// the gazetteer files were not found.
    pub unseen_person: Option<Recall>,
    /// Leak recall on PERSON spans that are variants of a known person's name; `None` unless
    /// known people were supplied.
    pub known_people: Option<Recall>,
}

impl Metrics {
    /// The row for a label.
    pub fn label(&self, name: &str) -> Option<&LabelMetrics> {
        self.labels.iter().find(|l| l.label == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, spans: &[(usize, usize, &str)]) -> Document {
        Document {
            id: "d".into(),
            genre: String::new(),
            text: text.into(),
            spans: spans
                .iter()
                .map(|&(start, end, label)| GoldSpan { start, end, label: label.into() })
                .collect(),
            known_people: vec![],
        }
    }

    fn score(d: &Document, predicted: &[Predicted]) -> (Tally, Metrics) {
        let mut t = Tally::default();
        t.add(d, predicted, None, None);
        let m = t.metrics();
        (t, m)
    }

    #[test]
    fn a_prediction_covering_part_of_a_gold_span_is_a_leak() {
        // "Jade Morris" is gold; only "Jade" is predicted.
        let d = doc("Saw Jade Morris today", &[(4, 15, "PERSON")]);
        let (t, m) = score(&d, &[Predicted::new(4, 8, "PERSON")]);
        assert_eq!(m.label("PERSON").unwrap().leak_recall, Some(0.0));
        assert_eq!(m.label("PERSON").unwrap().typed_recall, Some(0.0));
        assert_eq!(t.misses.len(), 1);
        assert!(t.misses[0].note.contains("Morris"), "{:?}", t.misses[0]);
        assert_eq!(m.overall.precision, Some(1.0));
    }

    #[test]
    fn whitespace_need_not_be_covered_and_pieces_may_cover_together() {
        let text = "At Flat 3,\n41 Elm Road now";
        let d = doc(text, &[(3, 22, "ADDRESS")]);
        let preds = [Predicted::new(3, 10, "ADDRESS"), Predicted::new(11, 22, "ADDRESS")];
        let (t, m) = score(&d, &preds);
        assert_eq!(m.label("ADDRESS").unwrap().leak_recall, Some(1.0));
        assert_eq!(m.label("ADDRESS").unwrap().typed_recall, Some(1.0));
        assert!(t.misses.is_empty());
    }

    #[test]
    fn another_label_stops_a_leak_but_not_a_typed_miss() {
        let d = doc("ref 2019/0456 ok", &[(4, 13, "CASE_NUMBER")]);
        let (t, m) = score(&d, &[Predicted::new(4, 13, "DATE")]);
        let row = m.label("CASE_NUMBER").unwrap();
        assert_eq!((row.leak_recall, row.typed_recall), (Some(1.0), Some(0.0)));
        assert!(t.misses.is_empty());
        assert_eq!(m.label("DATE").unwrap().predicted, 1);
        assert_eq!(m.label("DATE").unwrap().gold, 0);
        assert_eq!(m.label("DATE").unwrap().leak_recall, None);
    }

    #[test]
    fn precision_counts_any_overlap_and_false_positives_are_listed() {
        let d = doc("Mr Smith met Will at 10:30", &[(0, 8, "PERSON"), (13, 17, "PERSON")]);
        let preds = [
            Predicted::new(3, 8, "PERSON"), // overlaps gold: counts as correct
            Predicted::new(21, 26, "DATE"), // the time: a false positive
        ];
        let (t, m) = score(&d, &preds);
        assert_eq!(m.overall.precision, Some(0.5));
        assert_eq!(t.false_positives.len(), 1);
        assert_eq!(t.false_positives[0].text, "10:30");
        assert_eq!(t.false_positives[0].context, "Mr Smith met Will at «10:30»");
        // "Mr " is not covered, and "Will" not at all.
        assert_eq!(m.overall.leak_recall, Some(0.0));
    }

    #[test]
    fn non_identifier_masked_counts_non_space_characters_outside_gold() {
        // Outside gold: "ab", "cd" -> 4 characters; "cd" is masked.
        let d = doc("ab XY cd", &[(3, 5, "POSTCODE")]);
        let (_, m) = score(&d, &[Predicted::new(3, 8, "POSTCODE")]);
        assert_eq!(m.overall.non_identifier_chars, 4);
        assert_eq!(m.overall.non_identifier_masked, Some(0.5));
        assert_eq!(m.overall.leak_recall, Some(1.0));
    }

    #[test]
    fn multibyte_characters_are_handled() {
        let text = "Zoë Nguyễn rang";
        let end = "Zoë Nguyễn".len();
        let d = doc(text, &[(0, end, "PERSON")]);
        let (_, m) = score(&d, &[Predicted::new(0, 4, "PERSON"), Predicted::new(5, end, "PERSON")]);
        assert_eq!(m.overall.leak_recall, Some(1.0));
        assert_eq!(m.overall.non_identifier_chars, 4);
    }

    #[test]
    fn unseen_and_known_subsets() {
        let mut d = doc("Jade Okonkwo and Kayz", &[(0, 12, "PERSON"), (17, 21, "PERSON")]);
        d.known_people = vec!["Jade Okonkwo".into()];
        let g = Gazetteer::from_words(["jade"]);
        let k = KnownNames::new(&d.known_people);
        let mut t = Tally::default();
        t.add(&d, &[Predicted::new(0, 12, "PERSON")], Some(&g), Some(&k));
        let m = t.metrics();
        // "Jade Okonkwo" has a known word: seen. "Kayz" is unseen and leaked.
        assert_eq!(m.unseen_person, Some(Recall { gold: 1, recalled: 0, leak_recall: Some(0.0) }));
        assert_eq!(m.known_people, Some(Recall { gold: 1, recalled: 1, leak_recall: Some(1.0) }));
    }

    #[test]
    fn empty_input_has_no_rates() {
        let (_, m) = score(&doc("nothing here", &[]), &[]);
        assert_eq!(m.overall.leak_recall, None);
        assert_eq!(m.overall.precision, None);
        assert_eq!(m.overall.non_identifier_masked, Some(0.0));
        assert_eq!(m.unseen_person, None);
        assert_eq!(m.known_people, None);
    }
}
