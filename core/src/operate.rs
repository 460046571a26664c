//! Turns found spans into output text with the configured operators.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::detect::date;
use crate::lexicon;
use std::collections::HashMap;

use crate::{KnownPerson, Label, Operator, Operators, RedactedItem, Redaction, Span};

/// Applies each span's operator, building the output text and the audit records.
pub(crate) fn apply(text: &str, spans: &[Span], operators: &Operators, people: &KnownNames) -> Redaction {
    let mut out = String::with_capacity(text.len());
    let mut items = Vec::with_capacity(spans.len());
    let mut numbering = Numbering { people, seen: Vec::new(), next: [0; Label::ALL.len()] };
    let mut last = 0;
    for span in spans {
        out.push_str(&text[last..span.start]);
        let original = &text[span.start..span.end];
        let replacement = replacement(span.label, original, operators.for_label(span.label), &mut numbering);
        let out_start = out.len();
        out.push_str(&replacement);
        items.push(RedactedItem {
            label: span.label,
            input: span.start..span.end,
            output: out_start..out.len(),
            replacement,
            score: span.score,
            detector: span.detector,
        });
        last = span.end;
    }
    out.push_str(&text[last..]);
    Redaction { text: out, items }
}

fn replacement(label: Label, original: &str, op: &Operator, numbering: &mut Numbering) -> String {
    match op {
        Operator::Tag => format!("[{label}]"),
        Operator::Numbered => format!("[{label}-{}]", numbering.number(label, original)),
        Operator::Mask { char } => std::iter::repeat(*char).take(original.chars().count()).collect(),
        Operator::Hash { key } => format!("[{label}-{}]", hmac_hex12(key, &normalise(label, original))),
        Operator::Remove => String::new(),
        Operator::Keep => original.to_string(),
        Operator::YearOnly => match date::year_of(original) {
            Some(year) => year.to_string(),
            None => format!("[{label}]"),
        },
    }
}

/// The first 12 hex digits of HMAC-SHA256(key, value).
fn hmac_hex12(key: &str, value: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(value.as_bytes());
    let digest = mac.finalize().into_bytes();
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// The form of a value that `numbered` and `hash` compare: lowercase words without titles,
/// possessives or punctuation, so "Ms MORRIS's" and "Morris" agree.
fn normalise(label: Label, original: &str) -> String {
    name_words(label, original).join(" ")
}

fn name_words(label: Label, original: &str) -> Vec<String> {
    let lower = original.to_lowercase();
    let mut words: Vec<String> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if label == Label::Person && words.len() > 1 {
        words.retain(|w| !lexicon::is_title(w));
    }
    words
}

/// The words of the known people's names (and aliases), each with the person it belongs to;
/// `None` for a word two people share (the family surname), which identifies no one.
#[derive(Default)]
pub(crate) struct KnownNames(HashMap<String, Option<usize>>);

impl KnownNames {
    pub fn new(people: &[KnownPerson]) -> KnownNames {
        let mut words: HashMap<String, Option<usize>> = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                for w in name_words(Label::Person, name) {
                    let owner = words.entry(w).or_insert(Some(i));
                    if *owner != Some(i) {
                        *owner = None;
                    }
                }
            }
        }
        KnownNames(words)
    }

    /// The known person a name refers to, if one of its words is theirs alone.
    fn person(&self, words: &[String]) -> Option<usize> {
        words.iter().find_map(|w| self.0.get(w).copied().flatten())
    }
}

/// Numbers values within one call: the same value, or for people any part of a name already
/// numbered ("Jade" after "Jade Morris"), gets the same number; a known person gets one number
/// for every variant ("Jade", then "Ms Morris").
struct Numbering<'p> {
    people: &'p KnownNames,
    seen: Vec<(Label, Vec<String>, usize)>,
    next: [usize; Label::ALL.len()],
}

impl Numbering<'_> {
    fn number(&mut self, label: Label, original: &str) -> usize {
        let mut words = name_words(label, original);
        if label == Label::Person {
            if let Some(person) = self.people.person(&words) {
                // Identify the mention by the known person's own full name.
                words = vec![format!("\u{0}known:{person}")];
            }
        }
        let same = |seen: &[String]| {
            if label == Label::Person {
                let subset = |a: &[String], b: &[String]| a.iter().all(|w| b.contains(w));
                subset(&words, seen) || subset(seen, &words)
            } else {
                seen == words.as_slice()
            }
        };
        if let Some((_, _, n)) = self.seen.iter().find(|(l, w, _)| *l == label && same(w)) {
            return *n;
        }
        let counter = &mut self.next[label.index()];
        *counter += 1;
        self.seen.push((label, words, *counter));
        *counter
    }
}
