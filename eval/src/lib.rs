//! Evaluation of casemask on the synthetic annotated corpus in `tests/corpus/`.
//!
//! [`run`] finds spans in every document with a [`casemask::Redactor`] and scores them against
//! the gold spans ([`metrics`]); [`report`] prints the figures; [`floors`] holds the minimums the
//! regression test asserts.

pub mod corpus;
pub mod floors;
pub mod metrics;
pub mod names;
pub mod report;

use casemask::Redactor;
use serde_json::json;

use crate::corpus::Document;
use crate::metrics::{Predicted, Tally};
use crate::names::{Gazetteer, KnownNames};

/// How to run the redactor.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Pass each document's `known_people` in the configuration.
    pub known_people: bool,
    /// The configuration's `min_score`; `None` keeps the library default.
    pub min_score: Option<f32>,
}

impl Options {
    fn config(&self, people: &[String]) -> String {
        let mut config = json!({});
        if let Some(s) = self.min_score {
            config["min_score"] = json!(s);
        }
        if self.known_people && !people.is_empty() {
            config["known_people"] = json!(people);
        }
        config.to_string()
    }
}

/// The spans casemask finds in a text, as [`Predicted`] values.
pub fn predict(redactor: &Redactor, text: &str) -> Vec<Predicted> {
    redactor
        .find(text)
        .into_iter()
        .map(|s| Predicted {
            start: s.start,
            end: s.end,
            label: s.label.name().to_string(),
            score: s.score,
            detector: s.detector.to_string(),
        })
        .collect()
}

/// Runs casemask on every document and scores it. The unseen-names figure uses the core
/// crate's gazetteers when its data files are present.
pub fn run(docs: &[Document], options: &Options) -> Result<Tally, casemask::Error> {
    let gazetteer = Gazetteer::load(&Gazetteer::default_dir());
    let shared = Redactor::from_json(&options.config(&[]))?;
    let mut tally = Tally::default();
    for doc in docs {
        let known = options.known_people.then(|| KnownNames::new(&doc.known_people));
        let predicted = if options.known_people && !doc.known_people.is_empty() {
            predict(&Redactor::from_json(&options.config(&doc.known_people))?, &doc.text)
        } else {
            predict(&shared, &doc.text)
        };
        tally.add(doc, &predicted, gazetteer.as_ref(), known.as_ref());
    }
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_carries_min_score_and_known_people_only_when_asked() {
        let people = vec!["Jade Morris".to_string()];
        assert_eq!(Options::default().config(&people), "{}");
        let o = Options { known_people: true, min_score: Some(0.25) };
        let v: serde_json::Value = serde_json::from_str(&o.config(&people)).unwrap();
        assert_eq!(v["known_people"][0], "Jade Morris");
        assert_eq!(v["min_score"], 0.25);
    }
}
