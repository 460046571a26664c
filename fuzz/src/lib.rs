//! Checks shared by the fuzz targets: what must hold for any text, any configuration and any
//! call through the C ABI. A failed check panics, which libFuzzer records as a crash.

use std::borrow::Cow;

use casemask::{Config, Label, Operator, Redaction, Redactor, Span};

/// A marker that fuzz inputs may carry into texts and configuration values; no error message may
/// ever contain it (messages must not quote input).
pub const MARKER: &str = "ZZSECRETZZ";

/// Arbitrary bytes as text: the bytes themselves when they are UTF-8, else a lossy decoding (so
/// that most inputs reach the detectors rather than stopping at validation).
pub fn text_from(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Checks `find`, `redact`, `redact_detailed` and the batch calls against each other and against
/// the documented contract; returns the spans for further checks.
pub fn check_redactor(redactor: &Redactor, text: &str) -> Vec<Span> {
    let config = redactor.config();
    let spans = redactor.find(text);
    check_spans(config, text, &spans);
    assert_eq!(redactor.find(text), spans, "find is deterministic");

    let detailed = redactor.redact_detailed(text);
    check_redaction(config, text, &spans, &detailed);
    assert_eq!(redactor.redact(text), detailed.text, "redact == redact_detailed().text");
    spans
}

/// The batch calls give what the single calls give, in order.
pub fn check_batch(redactor: &Redactor, texts: &[&str]) {
    let one_by_one: Vec<String> = texts.iter().map(|t| redactor.redact(t)).collect();
    assert_eq!(redactor.redact_batch(texts), one_by_one, "redact_batch == redact one by one");
    let found: Vec<Vec<Span>> = texts.iter().map(|t| redactor.find(t)).collect();
    assert_eq!(redactor.find_batch(texts), found, "find_batch == find one by one");
}

/// Spans are sorted, disjoint, non-empty, on char boundaries, within the enabled labels and
/// scored from `min_score` to 1.
pub fn check_spans(config: &Config, text: &str, spans: &[Span]) {
    let mut last = 0;
    for s in spans {
        assert!(
            s.start < s.end && s.end <= text.len(),
            "span {}..{} out of 0..{}",
            s.start,
            s.end,
            text.len()
        );
        assert!(s.start >= last, "spans overlap or are unsorted");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span off a char boundary");
        assert!(
            s.score <= 1.0 && s.score >= config.min_score,
            "score {} below min_score {}",
            s.score,
            config.min_score
        );
        if let Some(entities) = &config.entities {
            assert!(entities.contains(&s.label), "{} found but not enabled", s.label);
        }
        assert!(!s.detector.is_empty());
        last = s.end;
    }
}

/// The redaction is the text with each span replaced by its operator's replacement, and its items
/// say so exactly.
pub fn check_redaction(config: &Config, text: &str, spans: &[Span], r: &Redaction) {
    assert_eq!(r.items.len(), spans.len(), "one item per span");
    let mut rebuilt = String::with_capacity(text.len());
    let mut last = 0;
    for (item, span) in r.items.iter().zip(spans) {
        assert_eq!(item.input, span.range());
        assert_eq!((item.label, item.score, item.detector), (span.label, span.score, span.detector));
        rebuilt.push_str(&text[last..span.start]);
        assert_eq!(item.output.start, rebuilt.len(), "output start");
        rebuilt.push_str(&item.replacement);
        assert_eq!(item.output.end, rebuilt.len(), "output end");
        last = span.end;
        check_replacement(
            config.operators.for_label(span.label),
            span.label,
            &text[span.range()],
            &item.replacement,
        );
    }
    rebuilt.push_str(&text[last..]);
    assert_eq!(r.text, rebuilt, "text outside the spans is kept");
}

/// What each operator may produce.
pub fn check_replacement(op: &Operator, label: Label, original: &str, replacement: &str) {
    let tagged = |rest: &str| {
        replacement.strip_prefix(&format!("[{label}-")).and_then(|r| r.strip_suffix(']')) == Some(rest)
    };
    match op {
        Operator::Tag => assert_eq!(replacement, format!("[{label}]")),
        Operator::Numbered => {
            let n = replacement
                .strip_prefix(&format!("[{label}-"))
                .and_then(|r| r.strip_suffix(']'))
                .expect("[LABEL-n]");
            assert!(n.parse::<usize>().is_ok_and(|n| n >= 1), "numbered gives a number from 1: {n}");
            assert!(tagged(n));
        }
        Operator::Mask { char } => {
            assert_eq!(
                replacement.chars().count(),
                original.chars().count(),
                "mask keeps the character count"
            );
            assert!(replacement.chars().all(|c| c == *char));
        }
        Operator::Hash { .. } => {
            let hex = replacement
                .strip_prefix(&format!("[{label}-"))
                .and_then(|r| r.strip_suffix(']'))
                .expect("[LABEL-hex]");
            assert!(hex.len() == 12 && hex.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        }
        Operator::Remove => assert_eq!(replacement, ""),
        Operator::Keep => assert_eq!(replacement, original),
        // A year for a DATE that has one, else the tag (year_only as the default operator
        // reaches other labels too, which must not give up a year).
        Operator::YearOnly => assert!(
            replacement == format!("[{label}]")
                || (label == Label::Date
                    && !replacement.is_empty()
                    && replacement.bytes().all(|b| b.is_ascii_digit())),
            "year_only gives a DATE's year or the tag: {label} {replacement:?}"
        ),
    }
}

/// A valid configuration survives `to_json` and `from_json` unchanged, and so does a redactor
/// built from it.
pub fn check_config_roundtrip(config: &Config) {
    let json = config.to_json();
    let back = Config::from_json(&json).unwrap_or_else(|e| panic!("to_json output does not parse back: {e}"));
    assert_eq!(&back, config, "Config::from_json(to_json(c)) == c");
}

/// An error message (Display and Debug) quotes no marked input.
pub fn check_message(message: &str) {
    assert!(!message.contains(MARKER), "an error message quotes the input: {message}");
}
