//! CASE_NUMBER: numbers introduced by case/ref/ID wording, reference-shaped tokens
//! (SW/2021/00341, CS-2019-004512), Family Court numbers, UPNs, long bare numbers, and the
//! caller's own patterns.

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

use super::candidate;
use crate::tokens::Token;
use crate::{Error, Label, Span};

/// Wording that introduces a reference, then the reference itself (group 1).
static KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:case|ref|refs|reference|our\s+ref|your\s+ref|my\s+ref|id|i\.d\.|no|num|number|lcs|mosaic|eclipse|liquidlogic|azeus|carefirst|person|file|crime|crime\s+ref|crn|cad|incident|log|occurrence|court|claim|plan|cp|upn|uln|pupil|urn|cris|niche|athena|storm|job|ticket|account|acc|referral|hospital|mrn|patient)(?:\s*(?:no|num|number|id|ref|reference|code)(?-u:\b))?\.?\s*(?:[:#=]|is|was|-)?\s*((?:[A-Z0-9]+[/\-.])*[A-Z]*\d[A-Z0-9]*(?:[/\-.][A-Z0-9]+)*)").unwrap()
});

/// Letters, then digits and separators: SW/2021/00341, CS-2019-004512, CP/2022/118, 2019/0456.
static SHAPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z]{1,6}[/\-]\d{2,6}(?:[/\-][A-Z0-9]{1,8})+|[A-Z]{1,6}[/\-]\d{4,10}|\d{4}/\d{3,6}|[A-Z]{2,5}\d{5,12}|[A-Z]\d{6,10}|\d{4}-\d{5,8}|\d{1,4}/\d{4,8}/\d{2,4}|\d{4}/\d{2}[A-Z]{3}\d{2})(?-u:\b)").unwrap()
});

/// Family Court numbers (BN21C00123) and Unique Pupil Numbers (a letter and 12 digits).
static COURT_OR_UPN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z]{2}\d{2}[A-Z]\d{5}|[A-Z]\d{12}|[A-Z]\d{11}[A-Z0-9])(?-u:\b)").unwrap()
});

/// Bare runs of 6 to 12 digits.
static LONG_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)\d{6,12}(?-u:\b)").unwrap());

/// The compiled caller patterns plus the built-in ones.
pub(crate) struct CaseNumbers {
    custom: Vec<Regex>,
}

impl CaseNumbers {
    pub fn build(patterns: &[String]) -> Result<CaseNumbers, Error> {
        let custom = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| {
                RegexBuilder::new(p)
                    .size_limit(2 << 20)
                    .dfa_size_limit(2 << 20)
                    .build()
                    .map_err(|e| Error::pattern("case_number_patterns", i, regex_error_summary(&e)))
            })
            .collect::<Result<_, _>>()?;
        Ok(CaseNumbers { custom })
    }

    pub fn find(&self, text: &str, _tokens: &[Token], out: &mut Vec<Span>) {
        for re in &self.custom {
            for m in re.find_iter(text) {
                if m.start() < m.end() {
                    out.push(candidate(m.start(), m.end(), Label::CaseNumber, 0.97, "case_number.custom"));
                }
            }
        }
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        for c in KEYWORD.captures_iter(text) {
            let v = c.get(1).unwrap();
            let value = v.as_str().trim_end_matches(['.', '-', '/']);
            let digits = value.bytes().filter(u8::is_ascii_digit).count();
            // A reference has several digits; "no. 3" and "plan 2" do not qualify.
            if digits < 3 || value.len() < 4 || is_money_or_time(text, v.start()) {
                continue;
            }
            out.push(candidate(
                v.start(),
                v.start() + value.len(),
                Label::CaseNumber,
                0.85,
                "case_number.keyword",
            ));
        }
        for m in SHAPED.find_iter(text) {
            out.push(candidate(m.start(), m.end(), Label::CaseNumber, 0.8, "case_number.shape"));
        }
        for m in COURT_OR_UPN.find_iter(text) {
            out.push(candidate(m.start(), m.end(), Label::CaseNumber, 0.9, "case_number.court_upn"));
        }
        for m in LONG_NUMBER.find_iter(text) {
            if is_money_or_time(text, m.start()) {
                continue;
            }
            out.push(candidate(m.start(), m.end(), Label::CaseNumber, 0.6, "case_number.digits"));
        }
    }
}

fn is_money_or_time(text: &str, start: usize) -> bool {
    text[..start].trim_end().ends_with(['£', '$', '€'])
}

/// The regex crate's message without the echoed pattern: its last line.
fn regex_error_summary(e: &regex::Error) -> String {
    match e {
        regex::Error::Syntax(s) => {
            let last = s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("syntax error");
            format!("invalid regex: {}", last.trim().trim_start_matches("error: "))
        }
        regex::Error::CompiledTooBig(_) => "regex too large once compiled".to_string(),
        _ => "invalid regex".to_string(),
    }
}
