//! Form fields: "Label: value" in referral forms and headers. The label says what the value is:
//! a name ("Mother:", "Child's name:"), an address or a place that locates a child ("Address:",
//! "School:", "GP surgery:"), possibly continued on the following lines.

use std::sync::LazyLock;

use regex::Regex;

use super::candidate;
use crate::lexicon;
use crate::tokens::Token;
use crate::{Label, Span};

/// A label at the start of a line (after optional bullets) or after a wide gap, then a colon.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)(?:^[ \t]*(?:[-*•>|]\s*)?|[ \t]{2,}|\t|\|\s*)([A-Za-z][A-Za-z'’/.&() ]{0,38}?)[ \t]*:[ \t]*",
    )
    .unwrap()
});

pub(crate) fn find(text: &str, _tokens: &[Token], out: &mut Vec<Span>) {
    if !text.contains(':') {
        return;
    }
    let labels: Vec<_> = LABEL.captures_iter(text).collect();
    for (i, c) in labels.iter().enumerate() {
        let whole = c.get(0).unwrap();
        let label = c[1].trim().trim_end_matches('.').to_lowercase();
        let label = label.replace('’', "'");
        let value_start = whole.end();
        let line_end = text[value_start..].find('\n').map_or(text.len(), |p| value_start + p);
        let next_label = labels.get(i + 1).map_or(text.len(), |n| n.get(0).unwrap().start());
        let value_end = line_end.min(next_label);
        if lexicon::is_person_label(&label) {
            person_value(text, value_start, value_end, out);
        } else if lexicon::is_address_label(&label) {
            address_value(text, value_start, value_end, line_end == value_end, out);
        }
    }
}

/// Names in a person field: one or more, separated by commas, semicolons or "and", each
/// followed perhaps by a role or age in brackets.
fn person_value(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let lex = lexicon::get();
    let value = &text[start..end];
    let mut offset = start;
    let mut lower = String::new();
    for item in value.split([',', ';', '(', ')', '–', '|', '/']) {
        let item_start = offset;
        offset += item.len() + 1;
        // The leading run of name words: any case, stopping at roles, ages and other words.
        let mut span: Option<(usize, usize)> = None;
        let mut pos = item_start;
        for word in item.split_whitespace() {
            let at = pos + text[pos..].find(word).unwrap();
            pos = at + word.len();
            let clean = word.trim_end_matches(['.', ':']);
            let l = lexicon::lower_into(clean, &mut lower);
            let wordy = clean.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
            let title = lexicon::is_title(l) && span.is_none();
            if !wordy || l.is_empty() || (!title && (lex.is_not_name(l) || l == "and" || l == "&")) {
                break;
            }
            let word_end = at + clean.len();
            span = Some(span.map_or((at, word_end), |(s, _)| (s, word_end)));
        }
        if let Some((s, e)) = span {
            let words = text[s..e].split_whitespace().count();
            if words <= 6 && text[s..e].chars().any(char::is_alphabetic) {
                out.push(candidate(s, e, Label::Person, 0.75, "person.form"));
            }
        }
    }
}

/// An address field: the rest of the line, and when that is empty or ends with a comma, the
/// following short lines that carry no label of their own, up to a blank line.
fn address_value(text: &str, start: usize, end: usize, to_line_end: bool, out: &mut Vec<Span>) {
    let mut last_end = start + text[start..end].trim_end().len();
    let first_line = text[start..end].trim();
    // Multi-line form addresses: following short lines that read as address lines, up to a
    // postcode, a blank line, another label or a heading.
    if to_line_end && !super::postcode::is_postcode(first_line) {
        let mut pos = end;
        for _ in 0..5 {
            if pos >= text.len() {
                break;
            }
            let line_start = pos + 1;
            let line_end = text[line_start..].find('\n').map_or(text.len(), |p| line_start + p);
            let line = text[line_start..line_end].trim();
            if !is_address_line(line) {
                break;
            }
            last_end = line_start + text[line_start..line_end].trim_end().len();
            pos = line_end;
            // A postcode ends an address.
            if super::postcode::is_postcode(line) {
                break;
            }
        }
    }
    // A postcode in the value keeps its own label: the address ends before it.
    let mut postcodes = Vec::new();
    super::postcode::find(&text[start..last_end], &mut postcodes);
    if let Some(p) = postcodes.first() {
        last_end = start + text[start..start + p.start].trim_end_matches([' ', '\t', '\n', '\r', ',']).len();
    }
    let s = start + (text[start..last_end].len() - text[start..last_end].trim_start().len());
    if s < last_end
        && text[s..last_end].chars().any(char::is_alphanumeric)
        && !is_placeholder(&text[s..last_end])
    {
        // The label says what the value is: stronger than a name guess inside it.
        out.push(candidate(s, last_end, Label::Address, 0.93, "address.form"));
    }
}

/// Values that say there is no address: "Same as child", "Not known", "N/A".
fn is_placeholder(value: &str) -> bool {
    let l = value.trim().to_lowercase();
    [
        "same as",
        "as above",
        "not known",
        "unknown",
        "n/a",
        "none",
        "nfa",
        "no fixed",
        "tbc",
        "not given",
        "withheld",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

/// A line that could continue an address: short, starting with a capital or a digit, with no
/// label, no sentence and no all-capitals heading.
fn is_address_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let starts_ok = line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let heading = words > 1 && line.chars().all(|c| !c.is_lowercase());
    !line.is_empty()
        && words <= 6
        && starts_ok
        && !heading
        && !line.contains(':')
        && !line.contains(". ")
        && !line.ends_with('.')
        && !is_sign_off(line)
        || super::postcode::is_postcode(line)
}

fn is_sign_off(line: &str) -> bool {
    let l = line.to_lowercase();
    ["regards", "thanks", "thank you", "best wishes", "yours", "many thanks", "cheers", "sincerely"]
        .iter()
        .any(|w| l.starts_with(w))
}
