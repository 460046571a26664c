//! The one configuration shared by Rust, C, Python and the command line.
//!
//! JSON is the interchange format. Parsing walks a `serde_json::Value` by hand rather than using
//! derived deserialisation so that every error names its key path and never echoes a value: values
//! here include the names of the people on a case.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::{Error, Label};

/// How a redactor is set up. Every field has a default; `Config::default()` equals the JSON `{}`.
///
/// # Example
/// ```
/// let config = casemask::Config::from_json(r#"{"entities": ["PERSON", "DATE"], "min_score": 0.6}"#)?;
/// assert_eq!(config.min_score, 0.6);
/// # Ok::<(), casemask::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Labels to find; `None` (the default) means every label.
    pub entities: Option<Vec<Label>>,
    /// People the case-management system already knows; every variant of their names is found.
    pub known_people: Vec<KnownPerson>,
    /// Other identifiers the caller knows, found however they are written.
    pub known_values: Vec<KnownValue>,
    /// Extra case-number regular expressions (Rust `regex` syntax, which runs in linear time).
    pub case_number_patterns: Vec<String>,
    /// Phrases never masked (matched case-insensitively); spans inside them are dropped.
    pub allow: Vec<String>,
    /// Phrases always masked (matched case-insensitively).
    pub deny: Vec<DenyTerm>,
    /// How each label is masked.
    pub operators: Operators,
    /// How to read all-numeric dates such as 03/04/2019.
    pub date_order: DateOrder,
    /// Spans scoring below this (0.0 to 1.0) are not reported. Default 0.5.
    pub min_score: f32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            entities: None,
            known_people: Vec::new(),
            known_values: Vec::new(),
            case_number_patterns: Vec::new(),
            allow: Vec::new(),
            deny: Vec::new(),
            operators: Operators::default(),
            date_order: DateOrder::Dmy,
            min_score: DEFAULT_MIN_SCORE,
        }
    }
}

/// The default `min_score`.
pub const DEFAULT_MIN_SCORE: f32 = 0.5;

/// A person the caller already knows, with any aliases ("known as" names, nicknames).
///
/// `Debug` shows the number of aliases, never the names.
#[derive(Clone, PartialEq, Eq)]
pub struct KnownPerson {
    /// The full name, such as "Jade Morris".
    pub name: String,
    /// Other names the person goes by.
    pub aliases: Vec<String>,
}

impl KnownPerson {
    /// A known person with no aliases.
    pub fn new(name: impl Into<String>) -> KnownPerson {
        KnownPerson { name: name.into(), aliases: Vec::new() }
    }
}

/// An identifier the caller knows, with its label. `Debug` hides the value.
#[derive(Clone, PartialEq, Eq)]
pub struct KnownValue {
    /// The label its matches get.
    pub label: Label,
    /// The value, such as "2010-02-01" or "27 Carlton Terrace".
    pub value: String,
}

/// A phrase that is always masked. Plain strings in JSON get the label `ADDRESS` (deny lists are
/// mostly places that locate a child: a school, a children's home); `{"label": ..., "value": ...}`
/// chooses another. `Debug` hides the phrase.
#[derive(Clone, PartialEq, Eq)]
pub struct DenyTerm {
    /// The label its matches get.
    pub label: Label,
    /// The phrase.
    pub value: String,
}

/// How all-numeric dates are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// Day first, the UK order: 12/03/2019 is 12 March 2019. JSON `"dmy"`.
    #[default]
    Dmy,
    /// Month first: 03/12/2019 is 12 March 2019. JSON `"mdy"`.
    Mdy,
}

/// The operator for each label, with a default for labels not listed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Operators {
    /// Used for labels without their own entry. Default: `tag`.
    pub default: Operator,
    /// Per-label operators.
    pub by_label: BTreeMap<Label, Operator>,
}

impl Operators {
    /// The operator that applies to `label`.
    pub fn for_label(&self, label: Label) -> &Operator {
        self.by_label.get(&label).unwrap_or(&self.default)
    }
}

/// How a found span is replaced.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum Operator {
    /// `[PERSON]`.
    #[default]
    Tag,
    /// `[PERSON-1]`: one number per distinct value within one call, so "Jade" after
    /// "Jade Morris" gets the same number.
    Numbered,
    /// One mask character per input character.
    Mask {
        /// The mask character; default `*`.
        char: char,
    },
    /// `[PERSON-` + the first 12 hex digits of HMAC-SHA256(key, normalised value) + `]`.
    Hash {
        /// The secret key. Never printed by `Debug`.
        key: String,
    },
    /// Removed entirely.
    Remove,
    /// Left as it is (the span is still reported).
    Keep,
    /// DATE only: just the year ("14/02/2011" becomes "2011"); dates without a year get `[DATE]`.
    YearOnly,
}

impl fmt::Debug for KnownPerson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KnownPerson {{ name: <redacted>, aliases: {} }}", self.aliases.len())
    }
}

impl fmt::Debug for KnownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KnownValue {{ label: {}, value: <redacted> }}", self.label)
    }
}

impl fmt::Debug for DenyTerm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DenyTerm {{ label: {}, value: <redacted> }}", self.label)
    }
}

impl fmt::Debug for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operator::Tag => f.write_str("Tag"),
            Operator::Numbered => f.write_str("Numbered"),
            Operator::Mask { char } => write!(f, "Mask {{ char: {char:?} }}"),
            Operator::Hash { .. } => f.write_str("Hash { key: <redacted> }"),
            Operator::Remove => f.write_str("Remove"),
            Operator::Keep => f.write_str("Keep"),
            Operator::YearOnly => f.write_str("YearOnly"),
        }
    }
}

impl Config {
    /// Parses a JSON configuration. Empty or whitespace-only input means the defaults.
    ///
    /// # Errors
    /// When the JSON does not parse, a key is unknown, a value has the wrong type or is out of
    /// range. The error names the key path and never contains a configured value.
    pub fn from_json(json: &str) -> Result<Config, Error> {
        if json.trim().is_empty() {
            return Ok(Config::default());
        }
        let value: Value = serde_json::from_str(json).map_err(|e| Error::json(&e))?;
        Config::from_value(&value)
    }

    /// Builds a configuration from an already parsed JSON value.
    ///
    /// # Errors
    /// As [`Config::from_json`].
    pub fn from_value(value: &Value) -> Result<Config, Error> {
        let obj = value.as_object().ok_or_else(|| Error::key("(root)", "expected a JSON object"))?;
        let mut config = Config::default();
        for (key, v) in obj {
            match key.as_str() {
                "entities" => config.entities = Some(parse_labels("entities", v)?),
                "known_people" => config.known_people = parse_known_people(v)?,
                "known_values" => config.known_values = parse_known_values(v)?,
                "case_number_patterns" => config.case_number_patterns = parse_strings(key, v)?,
                "allow" => config.allow = parse_strings(key, v)?,
                "deny" => config.deny = parse_deny(v)?,
                "operators" => config.operators = parse_operators(v)?,
                "date_order" => {
                    config.date_order = match v.as_str() {
                        Some("dmy") => DateOrder::Dmy,
                        Some("mdy") => DateOrder::Mdy,
                        _ => return Err(Error::key(key, "expected \"dmy\" or \"mdy\"")),
                    }
                }
                "min_score" => {
                    let s = v.as_f64().ok_or_else(|| Error::key(key, "expected a number"))?;
                    if !(0.0..=1.0).contains(&s) {
                        return Err(Error::key(key, "expected a number from 0.0 to 1.0"));
                    }
                    config.min_score = s as f32;
                }
                "" => return Err(Error::key("(empty)", "empty key")),
                _ => return Err(unknown_key("", key, TOP_KEYS)),
            }
        }
        config.validate()?;
        Ok(config)
    }

    /// This configuration as a JSON value that [`Config::from_value`] reads back unchanged
    /// (hash keys included: treat the JSON as secret when a hash key is set).
    pub fn to_value(&self) -> Value {
        let mut m = Map::new();
        if let Some(entities) = &self.entities {
            m.insert("entities".into(), entities.iter().map(|l| Value::from(l.name())).collect());
        }
        if !self.known_people.is_empty() {
            let people = self.known_people.iter().map(|p| {
                if p.aliases.is_empty() {
                    Value::from(p.name.clone())
                } else {
                    serde_json::json!({"name": p.name, "aliases": p.aliases})
                }
            });
            m.insert("known_people".into(), people.collect());
        }
        if !self.known_values.is_empty() {
            let values = self
                .known_values
                .iter()
                .map(|k| serde_json::json!({"label": k.label.name(), "value": k.value}));
            m.insert("known_values".into(), values.collect());
        }
        if !self.case_number_patterns.is_empty() {
            m.insert("case_number_patterns".into(), self.case_number_patterns.clone().into());
        }
        if !self.allow.is_empty() {
            m.insert("allow".into(), self.allow.clone().into());
        }
        if !self.deny.is_empty() {
            let deny =
                self.deny.iter().map(|d| serde_json::json!({"label": d.label.name(), "value": d.value}));
            m.insert("deny".into(), deny.collect());
        }
        let mut ops = Map::new();
        ops.insert("default".into(), operator_value(&self.operators.default));
        for (label, op) in &self.operators.by_label {
            ops.insert(label.name().into(), operator_value(op));
        }
        m.insert("operators".into(), Value::Object(ops));
        let order = match self.date_order {
            DateOrder::Dmy => "dmy",
            DateOrder::Mdy => "mdy",
        };
        m.insert("date_order".into(), order.into());
        m.insert("min_score".into(), Value::from(self.min_score as f64));
        Value::Object(m)
    }

    /// This configuration as a JSON string (see [`Config::to_value`]).
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }

    /// Checks rules that span keys, for configurations built in Rust rather than parsed.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        if !(0.0..=1.0).contains(&self.min_score) {
            return Err(Error::key("min_score", "expected a number from 0.0 to 1.0"));
        }
        for (label, op) in std::iter::once((None, &self.operators.default))
            .chain(self.operators.by_label.iter().map(|(l, o)| (Some(*l), o)))
        {
            let key = format!("operators.{}", label.map_or("default", Label::name));
            match op {
                Operator::Hash { key: k } if k.is_empty() => {
                    return Err(Error::key(format!("{key}.key"), "hash operator needs a non-empty key"))
                }
                Operator::YearOnly if label.is_some_and(|l| l != Label::Date) => {
                    return Err(Error::key(key, "year_only applies to DATE only"))
                }
                _ => {}
            }
        }
        // The same rules as the JSON parser, so every Config that builds survives to_json.
        for (i, p) in self.known_people.iter().enumerate() {
            if p.name.trim().is_empty() {
                return Err(Error::key(format!("known_people[{i}]"), "name is empty"));
            }
            if let Some(j) = p.aliases.iter().position(|a| a.trim().is_empty()) {
                return Err(Error::key(format!("known_people[{i}].aliases[{j}]"), "empty string"));
            }
        }
        fn blank<'a>(key: &str, mut items: impl Iterator<Item = &'a String>) -> Result<(), Error> {
            match items.position(|v| v.trim().is_empty()) {
                Some(i) => Err(Error::key(format!("{key}[{i}]"), "empty string")),
                None => Ok(()),
            }
        }
        blank("allow", self.allow.iter())?;
        blank("deny", self.deny.iter().map(|d| &d.value))?;
        blank("case_number_patterns", self.case_number_patterns.iter())?;
        for (i, v) in self.known_values.iter().enumerate() {
            if v.value.trim().is_empty() {
                return Err(Error::key(format!("known_values[{i}].value"), "value is empty"));
            }
        }
        Ok(())
    }
}

const TOP_KEYS: &[&str] = &[
    "entities",
    "known_people",
    "known_values",
    "case_number_patterns",
    "allow",
    "deny",
    "operators",
    "date_order",
    "min_score",
];

/// Unknown keys are named only when they are short and plain, so a value pasted in the wrong place
/// is not echoed.
fn unknown_key(parent: &str, key: &str, expected: &[&str]) -> Error {
    let shown = if key.len() <= 40 && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        key
    } else {
        "(unprintable)"
    };
    let path = if parent.is_empty() { shown.to_string() } else { format!("{parent}.{shown}") };
    Error::key(path, format!("unknown key (expected one of {})", expected.join(", ")))
}

fn parse_label(key: &str, v: &Value) -> Result<Label, Error> {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| Error::key(key, "expected a label name such as \"PERSON\""))
}

fn parse_labels(key: &str, v: &Value) -> Result<Vec<Label>, Error> {
    let items = v.as_array().ok_or_else(|| Error::key(key, "expected a list of label names"))?;
    items.iter().enumerate().map(|(i, item)| parse_label(&format!("{key}[{i}]"), item)).collect()
}

fn parse_strings(key: &str, v: &Value) -> Result<Vec<String>, Error> {
    let items = v.as_array().ok_or_else(|| Error::key(key, "expected a list of strings"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let s = item.as_str().ok_or_else(|| Error::key(format!("{key}[{i}]"), "expected a string"))?;
            if s.trim().is_empty() {
                return Err(Error::key(format!("{key}[{i}]"), "empty string"));
            }
            Ok(s.to_string())
        })
        .collect()
}

fn object<'a>(key: &str, v: &'a Value, allowed: &[&str]) -> Result<&'a Map<String, Value>, Error> {
    let obj = v.as_object().ok_or_else(|| Error::key(key, "expected an object"))?;
    for k in obj.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(unknown_key(key, k, allowed));
        }
    }
    Ok(obj)
}

fn required_str(key: &str, obj: &Map<String, Value>, field: &str) -> Result<String, Error> {
    let s = obj
        .get(field)
        .ok_or_else(|| Error::key(format!("{key}.{field}"), "missing"))?
        .as_str()
        .ok_or_else(|| Error::key(format!("{key}.{field}"), "expected a string"))?;
    if s.trim().is_empty() {
        return Err(Error::key(format!("{key}.{field}"), "empty string"));
    }
    Ok(s.to_string())
}

fn parse_known_people(v: &Value) -> Result<Vec<KnownPerson>, Error> {
    let items = v.as_array().ok_or_else(|| Error::key("known_people", "expected a list"))?;
    let mut people = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let key = format!("known_people[{i}]");
        let person = match item {
            Value::String(s) if !s.trim().is_empty() => KnownPerson::new(s.clone()),
            Value::String(_) => return Err(Error::key(key, "empty string")),
            Value::Object(_) => {
                let obj = object(&key, item, &["name", "aliases"])?;
                let name = required_str(&key, obj, "name")?;
                let aliases = match obj.get("aliases") {
                    Some(a) => parse_strings(&format!("{key}.aliases"), a)?,
                    None => Vec::new(),
                };
                KnownPerson { name, aliases }
            }
            _ => return Err(Error::key(key, "expected a name or {\"name\": ..., \"aliases\": [...]}")),
        };
        people.push(person);
    }
    Ok(people)
}

fn parse_labelled(key: &str, item: &Value) -> Result<(Label, String), Error> {
    let obj = object(key, item, &["label", "value"])?;
    let label = parse_label(
        &format!("{key}.label"),
        obj.get("label").ok_or_else(|| Error::key(format!("{key}.label"), "missing"))?,
    )?;
    Ok((label, required_str(key, obj, "value")?))
}

fn parse_known_values(v: &Value) -> Result<Vec<KnownValue>, Error> {
    let items = v.as_array().ok_or_else(|| Error::key("known_values", "expected a list"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (label, value) = parse_labelled(&format!("known_values[{i}]"), item)?;
            Ok(KnownValue { label, value })
        })
        .collect()
}

fn parse_deny(v: &Value) -> Result<Vec<DenyTerm>, Error> {
    let items = v.as_array().ok_or_else(|| Error::key("deny", "expected a list"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let key = format!("deny[{i}]");
            match item {
                Value::String(s) if !s.trim().is_empty() => {
                    Ok(DenyTerm { label: Label::Address, value: s.clone() })
                }
                Value::String(_) => Err(Error::key(key, "empty string")),
                _ => {
                    let (label, value) = parse_labelled(&key, item)?;
                    Ok(DenyTerm { label, value })
                }
            }
        })
        .collect()
}

fn parse_operators(v: &Value) -> Result<Operators, Error> {
    let obj = v.as_object().ok_or_else(|| Error::key("operators", "expected an object"))?;
    let mut ops = Operators::default();
    for (k, spec) in obj {
        let key = format!("operators.{k}");
        if k == "default" {
            ops.default = parse_operator(&key, spec)?;
        } else if let Ok(label) = k.parse::<Label>() {
            ops.by_label.insert(label, parse_operator(&key, spec)?);
        } else {
            let mut expected = vec!["default"];
            expected.extend(Label::ALL.iter().map(|l| l.name()));
            return Err(unknown_key("operators", k, &expected));
        }
    }
    Ok(ops)
}

fn parse_operator(key: &str, v: &Value) -> Result<Operator, Error> {
    // A bare string is shorthand for {"type": ...}.
    let (kind, obj) = match v {
        Value::String(s) => (s.as_str(), None),
        Value::Object(_) => {
            let obj = object(key, v, &["type", "char", "key"])?;
            let kind = obj
                .get("type")
                .ok_or_else(|| Error::key(format!("{key}.type"), "missing"))?
                .as_str()
                .ok_or_else(|| Error::key(format!("{key}.type"), "expected a string"))?;
            (kind, Some(obj))
        }
        _ => return Err(Error::key(key, "expected an object such as {\"type\": \"tag\"}")),
    };
    let extra = |allowed: &[&str]| -> Result<(), Error> {
        if let Some(obj) = obj {
            if let Some(k) = obj.keys().find(|k| *k != "type" && !allowed.contains(&k.as_str())) {
                return Err(Error::key(format!("{key}.{k}"), format!("not used by the {kind} operator")));
            }
        }
        Ok(())
    };
    let op = match kind {
        "tag" => Operator::Tag,
        "numbered" => Operator::Numbered,
        "remove" => Operator::Remove,
        "keep" => Operator::Keep,
        "year_only" => Operator::YearOnly,
        "mask" => {
            extra(&["char"])?;
            let ch = match obj.and_then(|o| o.get("char")) {
                None => '*',
                Some(c) => {
                    let s =
                        c.as_str().ok_or_else(|| Error::key(format!("{key}.char"), "expected a string"))?;
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => c,
                        _ => return Err(Error::key(format!("{key}.char"), "expected exactly one character")),
                    }
                }
            };
            return Ok(Operator::Mask { char: ch });
        }
        "hash" => {
            extra(&["key"])?;
            let k = obj
                .and_then(|o| o.get("key"))
                .ok_or_else(|| Error::key(format!("{key}.key"), "hash operator needs a key"))?
                .as_str()
                .ok_or_else(|| Error::key(format!("{key}.key"), "expected a string"))?;
            if k.is_empty() {
                return Err(Error::key(format!("{key}.key"), "hash operator needs a non-empty key"));
            }
            return Ok(Operator::Hash { key: k.to_string() });
        }
        _ => {
            return Err(Error::key(
                format!("{key}.type"),
                "unknown operator (expected tag, numbered, mask, hash, remove, keep or year_only)",
            ))
        }
    };
    extra(&[])?;
    Ok(op)
}

fn operator_value(op: &Operator) -> Value {
    match op {
        Operator::Tag => serde_json::json!({"type": "tag"}),
        Operator::Numbered => serde_json::json!({"type": "numbered"}),
        Operator::Mask { char } => serde_json::json!({"type": "mask", "char": char.to_string()}),
        Operator::Hash { key } => serde_json::json!({"type": "hash", "key": key}),
        Operator::Remove => serde_json::json!({"type": "remove"}),
        Operator::Keep => serde_json::json!({"type": "keep"}),
        Operator::YearOnly => serde_json::json!({"type": "year_only"}),
    }
}

impl Serialize for Config {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_value().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Config {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Config, D::Error> {
        let value = Value::deserialize(d)?;
        Config::from_value(&value).map_err(serde::de::Error::custom)
    }
}
