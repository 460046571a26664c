//! Loading the annotated corpus (`tests/corpus/corpus.jsonl`): one JSON document per line.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// A labelled byte range of a document's text: a gold annotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldSpan {
    /// Byte offset where the span starts.
    pub start: usize,
    /// Byte offset just past the span.
    pub end: usize,
    /// The label's uppercase name, such as `"PERSON"`.
    pub label: String,
}

/// One annotated document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Identifier such as `doc-0001`.
    pub id: String,
    /// Kind of record: `case_note`, `email`, ...
    #[serde(default)]
    pub genre: String,
    /// The text.
    pub text: String,
    /// Gold spans, sorted and non-overlapping.
    pub spans: Vec<GoldSpan>,
    /// Full names of the people the document mentions.
    #[serde(default)]
    pub known_people: Vec<String>,
}

impl Document {
    /// The text of a byte range of this document.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[start..end]
    }
}

/// The corpus committed with the repository.
pub fn default_path() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/corpus.jsonl");
    path.canonicalize().unwrap_or(path)
}

/// Reads a JSONL corpus and checks every span lies on character boundaries of its text.
pub fn load(path: &Path) -> Result<Vec<Document>, String> {
    let data = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&data).map_err(|e| format!("{}: {e}", path.display()))
}

/// The documents written in capitals, as some case-management systems store them. Every letter
/// whose capital is one character of the same length in UTF-8 is capitalised ("Özgü" becomes
/// "ÖZGÜ", "Hải" "HẢI"), so every gold span keeps its byte offsets; the few others ("ß", dotless
/// "ı") are left as written.
pub fn in_capitals(docs: &mut [Document]) {
    for doc in docs {
        doc.text = capitals(&doc.text);
    }
}

/// `text` in capitals, byte for byte the same length (see [`in_capitals`]).
pub fn capitals(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut upper = c.to_uppercase();
        match (upper.next(), upper.next()) {
            (Some(u), None) if u.len_utf8() == c.len_utf8() => out.push(u),
            _ => out.push(c),
        }
    }
    out
}

/// Parses JSONL text (blank lines are skipped).
pub fn parse(data: &str) -> Result<Vec<Document>, String> {
    let mut docs = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        for s in &doc.spans {
            let ok = s.start < s.end
                && s.end <= doc.text.len()
                && doc.text.is_char_boundary(s.start)
                && doc.text.is_char_boundary(s.end);
            if !ok {
                return Err(format!("line {}: {}: bad span {}..{}", i + 1, doc.id, s.start, s.end));
            }
        }
        docs.push(doc);
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_line_and_rejects_a_span_inside_a_character() {
        let ok = r#"{"id":"d","text":"Zoë 1","spans":[{"start":0,"end":4,"label":"PERSON"}]}"#;
        let docs = parse(ok).unwrap();
        assert_eq!(docs[0].slice(0, 4), "Zoë");
        assert!(docs[0].known_people.is_empty());
        let bad = r#"{"id":"d","text":"Zoë 1","spans":[{"start":0,"end":3,"label":"PERSON"}]}"#;
        assert!(parse(bad).unwrap_err().contains("bad span"));
    }

    /// Capitals keep every byte offset: accented letters are capitalised, "ß" and "ı" (whose
    /// capitals are longer or shorter) are left.
    #[test]
    fn capitals_keep_byte_offsets() {
        let text = "Özgü met Hải and Roísín; Straße, Alkız, ǆ 12a";
        let upper = capitals(text);
        assert_eq!(upper, "ÖZGÜ MET HẢI AND ROÍSÍN; STRAßE, ALKıZ, Ǆ 12A");
        assert_eq!(upper.len(), text.len());
        assert!(text.char_indices().all(|(i, _)| upper.is_char_boundary(i)));
    }
}
