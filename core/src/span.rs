//! What `find` returns and what `redact_detailed` reports.

use std::ops::Range;

use crate::Label;

/// One identifier found in a text.
///
/// Offsets are bytes into the text given to [`Redactor::find`](crate::Redactor::find) and always
/// fall on `char` boundaries.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Byte offset where the identifier starts.
    pub start: usize,
    /// Byte offset just past the identifier.
    pub end: usize,
    /// What kind of identifier it is.
    pub label: Label,
    /// Confidence from 0.0 to 1.0; spans below the configured `min_score` are never returned.
    pub score: f32,
    /// Which detector found it, such as `"nhs_number"` or `"person.title"`: for audit and debugging.
    pub detector: &'static str,
}

impl Span {
    /// The byte range `start..end`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The result of [`Redactor::redact_detailed`](crate::Redactor::redact_detailed).
#[derive(Clone, Debug, PartialEq)]
pub struct Redaction {
    /// The redacted text.
    pub text: String,
    /// One record per masked span, in text order.
    pub items: Vec<RedactedItem>,
}

/// A record of one masked span: enough for an audit log that does not keep the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct RedactedItem {
    /// What kind of identifier was masked.
    pub label: Label,
    /// Byte range in the input text.
    pub input: Range<usize>,
    /// Byte range of the replacement in the output text.
    pub output: Range<usize>,
    /// The text that replaced the identifier (empty for `remove`).
    pub replacement: String,
    /// The span's score.
    pub score: f32,
    /// The detector that found it.
    pub detector: &'static str,
}
