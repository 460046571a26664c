//! `find` and `redact` on arbitrary text (arbitrary bytes, taken as UTF-8 or decoded lossily)
//! with the default redactor or an arbitrary structured configuration.
//!
//! Checks: no panic; spans sorted, disjoint, on char boundaries, within the enabled labels and
//! from min_score to 1; `redact_detailed` is the text with each span replaced as its operator
//! says (mask keeps the character count, keep keeps the text, ...); `redact` agrees; batch
//! equals one by one; a valid configuration survives `to_json`/`from_json`; `Debug` of a
//! configuration or redactor does not depend on names, values or hash keys; error messages never
//! quote a marked value.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use casemask::{Config, DateOrder, DenyTerm, KnownPerson, KnownValue, Label, Operator, Operators, Redactor};
use casemask_fuzz::{check_batch, check_config_roundtrip, check_message, check_redactor, text_from, MARKER};
use libfuzzer_sys::fuzz_target;

/// Where a configured string comes from: literal, a piece of the text (so that known people and
/// deny phrases actually occur), or a literal carrying the marker.
#[derive(Arbitrary, Debug)]
enum Source {
    Literal(String),
    FromText(u16, u8),
    Marked(String),
}

impl Source {
    fn resolve(&self, text: &str) -> String {
        match self {
            Source::Literal(s) => s.clone(),
            Source::Marked(s) => format!("{MARKER} {s}"),
            Source::FromText(start, len) => {
                if text.is_empty() {
                    return String::new();
                }
                let mut a = *start as usize % text.len();
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (a + *len as usize).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                text[a..b].to_string()
            }
        }
    }
}

#[derive(Arbitrary, Debug)]
enum FuzzOperator {
    Tag,
    Numbered,
    Mask(char),
    Hash(Source),
    Remove,
    Keep,
    YearOnly,
}

impl FuzzOperator {
    fn build(&self, text: &str) -> Operator {
        match self {
            FuzzOperator::Tag => Operator::Tag,
            FuzzOperator::Numbered => Operator::Numbered,
            FuzzOperator::Mask(c) => Operator::Mask { char: *c },
            FuzzOperator::Hash(key) => Operator::Hash { key: key.resolve(text) },
            FuzzOperator::Remove => Operator::Remove,
            FuzzOperator::Keep => Operator::Keep,
            FuzzOperator::YearOnly => Operator::YearOnly,
        }
    }
}

/// Patterns typical of case-number formats, plus ones that stress the regex engine.
const PATTERNS: &[&str] = &[
    r"CS-\d{4}-\d{6}",
    r"(?i)\bref\s*[:#]?\s*\d{3,}",
    r"[A-Z]{2}\d{2}[A-Z]\d{5}",
    r"(a+)+$",
    r"x*",
    r"^",
    r"(?m)^\d+$",
    r"\p{L}{2}\d",
    r".",
    r"\b",
];

#[derive(Arbitrary, Debug)]
enum Pattern {
    Known(u8),
    Literal(String),
    /// A piece of the text, escaped: a pattern that matches.
    FromText(u16, u8),
}

#[derive(Arbitrary, Debug)]
struct FuzzConfig {
    entities: Option<Vec<u8>>,
    known_people: Vec<(Source, Vec<Source>)>,
    known_values: Vec<(u8, Source)>,
    patterns: Vec<Pattern>,
    allow: Vec<Source>,
    deny: Vec<(u8, Source)>,
    default_operator: FuzzOperator,
    operators: Vec<(u8, FuzzOperator)>,
    mdy: bool,
    min_score: u8,
}

fn label(n: u8) -> Label {
    Label::ALL[n as usize % Label::ALL.len()]
}

/// At most a few entries per list: building a redactor stays fast, so the fuzzer stays fast.
fn few<T>(items: &[T]) -> &[T] {
    &items[..items.len().min(6)]
}

impl FuzzConfig {
    fn build(&self, text: &str) -> Config {
        let mut operators = Operators { default: self.default_operator.build(text), ..Operators::default() };
        for (l, op) in few(&self.operators) {
            operators.by_label.insert(label(*l), op.build(text));
        }
        Config {
            entities: self.entities.as_ref().map(|e| few(e).iter().map(|&n| label(n)).collect()),
            known_people: few(&self.known_people)
                .iter()
                .map(|(name, aliases)| KnownPerson {
                    name: name.resolve(text),
                    aliases: few(aliases).iter().map(|a| a.resolve(text)).collect(),
                })
                .collect(),
            known_values: few(&self.known_values)
                .iter()
                .map(|(l, v)| KnownValue { label: label(*l), value: v.resolve(text) })
                .collect(),
            case_number_patterns: few(&self.patterns)
                .iter()
                .map(|p| match p {
                    Pattern::Known(n) => PATTERNS[*n as usize % PATTERNS.len()].to_string(),
                    Pattern::Literal(s) => s.clone(),
                    Pattern::FromText(start, len) => {
                        regex_escape(&Source::FromText(*start, *len).resolve(text))
                    }
                })
                .collect(),
            allow: few(&self.allow).iter().map(|a| a.resolve(text)).collect(),
            deny: few(&self.deny)
                .iter()
                .map(|(l, v)| DenyTerm { label: label(*l), value: v.resolve(text) })
                .collect(),
            operators,
            date_order: if self.mdy { DateOrder::Mdy } else { DateOrder::Dmy },
            min_score: self.min_score as f32 / 255.0,
        }
    }
}

fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The same configuration with every personal value and key replaced: its Debug must not change.
fn with_secrets_replaced(config: &Config) -> Config {
    let mut c = config.clone();
    for p in &mut c.known_people {
        p.name = "replaced".into();
        p.aliases.iter_mut().for_each(|a| *a = "replaced".into());
    }
    c.known_values.iter_mut().for_each(|v| v.value = "replaced".into());
    c.deny.iter_mut().for_each(|d| d.value = "replaced".into());
    let ops = std::iter::once(&mut c.operators.default).chain(c.operators.by_label.values_mut());
    for op in ops {
        if let Operator::Hash { key } = op {
            *key = "replaced".into();
        }
    }
    c
}

/// Whether JSON can express this configuration: the JSON parser rejects strings that are empty
/// or only whitespace, which a configuration built in Rust may hold (and Redactor::new rejects).
fn json_expressible(config: &Config) -> bool {
    let blank = |s: &String| s.trim().is_empty();
    !(config.known_people.iter().any(|p| p.aliases.iter().any(blank))
        || config.case_number_patterns.iter().any(blank)
        || config.allow.iter().any(blank)
        || config.deny.iter().any(|d| blank(&d.value)))
}

#[derive(Arbitrary, Debug)]
struct Input {
    config: Option<FuzzConfig>,
    batch: bool,
    text: Vec<u8>,
}

fn default_redactor() -> &'static Redactor {
    static R: OnceLock<Redactor> = OnceLock::new();
    R.get_or_init(Redactor::default)
}

fuzz_target!(|input: Input| {
    let text = text_from(&input.text);
    let Some(fuzz_config) = &input.config else {
        check_redactor(default_redactor(), &text);
        if input.batch {
            check_batch(default_redactor(), &[&text, "", &text]);
        }
        return;
    };
    let config = fuzz_config.build(&text);
    if !json_expressible(&config) {
        // Rust-built configurations are checked like parsed ones (such a configuration once
        // built, and then `find` panicked on non-ASCII text).
        let e = Redactor::new(config).expect_err("a blank alias, phrase or pattern is rejected");
        check_message(&e.to_string());
        return;
    }
    assert_eq!(
        format!("{config:?}"),
        format!("{:?}", with_secrets_replaced(&config)),
        "Debug of a Config shows names, values or keys"
    );
    match Redactor::new(config.clone()) {
        Ok(redactor) => {
            // Marked names, values and keys never show in Debug.
            check_message(&format!("{redactor:?}"));
            check_config_roundtrip(&config);
            check_redactor(&redactor, &text);
            if input.batch {
                check_batch(&redactor, &[&text, &text]);
            }
        }
        Err(e) => {
            check_message(&e.to_string());
            check_message(&format!("{e:?}"));
        }
    }
});
