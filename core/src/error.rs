//! The one error type: a bad configuration.

use std::fmt;

/// An error building a [`Redactor`](crate::Redactor) from a configuration.
///
/// Messages name the configuration key (as a path such as `operators.PERSON.key`, or
/// `case_number_patterns[3]` for a pattern) and never contain the configured values, which may be
/// personal data.
#[derive(Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, PartialEq, Eq)]
enum ErrorKind {
    /// JSON that does not parse; line and column only.
    Json { line: usize, column: usize, category: &'static str },
    /// A key that is unknown, missing, of the wrong type or with a bad value.
    Key { key: String, message: String },
    /// A caller's regular expression that does not compile.
    Pattern { key: String, index: usize, message: String },
}

impl Error {
    pub(crate) fn json(err: &serde_json::Error) -> Error {
        let category = match err.classify() {
            serde_json::error::Category::Io => "i/o error",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Data => "data error",
            serde_json::error::Category::Eof => "unexpected end of input",
        };
        Error { kind: ErrorKind::Json { line: err.line(), column: err.column(), category } }
    }

    pub(crate) fn key(key: impl Into<String>, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Key { key: key.into(), message: message.into() } }
    }

    pub(crate) fn pattern(key: &str, index: usize, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Pattern { key: key.to_string(), index, message: message.into() } }
    }

    /// The configuration key at fault, such as `"min_score"` or `"case_number_patterns[2]"`;
    /// `None` when the JSON itself does not parse.
    pub fn config_key(&self) -> Option<String> {
        match &self.kind {
            ErrorKind::Json { .. } => None,
            ErrorKind::Key { key, .. } => Some(key.clone()),
            ErrorKind::Pattern { key, index, .. } => Some(format!("{key}[{index}]")),
        }
    }

    /// For a caller's pattern that does not compile, its index in the list.
    pub fn pattern_index(&self) -> Option<usize> {
        match &self.kind {
            ErrorKind::Pattern { index, .. } => Some(*index),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Json { line, column, category } => {
                write!(f, "invalid config JSON: {category} at line {line} column {column}")
            }
            ErrorKind::Key { key, message } => write!(f, "invalid config key `{key}`: {message}"),
            ErrorKind::Pattern { key, index, message } => {
                write!(f, "invalid config key `{key}[{index}]`: {message}")
            }
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "casemask::Error({self})")
    }
}

impl std::error::Error for Error {}
