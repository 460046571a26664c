//! The `Redactor`: configuration compiled once, used from many threads.

use rayon::prelude::*;

use crate::detect::Detectors;
use crate::{operate, Config, Error, Redaction, Span};

/// A compiled redaction pipeline.
///
/// Building compiles every pattern and loads the word lists once; a built redactor is immutable,
/// `Send + Sync`, and every method takes `&self`, so one redactor serves every thread.
///
/// # Example
/// ```
/// let redactor = casemask::Redactor::default();
/// assert_eq!(redactor.redact("Call 07700 900123."), "Call [PHONE].");
/// ```
pub struct Redactor {
    config: Config,
    detectors: Detectors,
    known_names: operate::KnownNames,
}

impl Redactor {
    /// Builds a redactor from a configuration.
    ///
    /// # Errors
    /// When the configuration is invalid: a hash operator without a key, `year_only` on a label
    /// other than DATE, a case-number pattern that does not compile (the error gives its index).
    pub fn new(config: Config) -> Result<Redactor, Error> {
        config.validate()?;
        let detectors = Detectors::build(&config)?;
        let known_names = operate::KnownNames::new(&config.known_people);
        Ok(Redactor { config, detectors, known_names })
    }

    /// Builds a redactor from a JSON configuration; empty input means the defaults.
    ///
    /// # Errors
    /// As [`Config::from_json`] and [`Redactor::new`].
    ///
    /// # Example
    /// ```
    /// let r = casemask::Redactor::from_json(r#"{"operators": {"default": {"type": "mask"}}}"#)?;
    /// assert_eq!(r.redact("NHS no. 943 476 5919"), "NHS no. ************");
    /// # Ok::<(), casemask::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Redactor, Error> {
        Redactor::new(Config::from_json(json)?)
    }

    /// The configuration this redactor was built from.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Finds identifiers: spans sorted by start, non-overlapping, on `char` boundaries.
    ///
    /// # Example
    /// ```
    /// let spans = casemask::Redactor::default().find("Email jade@example.com");
    /// assert_eq!((spans[0].start, spans[0].end), (6, 22));
    /// assert_eq!(spans[0].label, casemask::Label::Email);
    /// ```
    pub fn find(&self, text: &str) -> Vec<Span> {
        self.detectors.find(text, &self.config)
    }

    /// [`Redactor::find`], adding the time each stage of the pipeline took to `times` (by
    /// stage name, in pipeline order; see DESIGN.md): what `scripts/bench --stages` prints.
    /// A benchmarking aid behind the `stage-times` feature, not part of the stable API.
    #[cfg(feature = "stage-times")]
    #[doc(hidden)]
    pub fn find_stage_times(
        &self,
        text: &str,
        times: &mut Vec<(&'static str, std::time::Duration)>,
    ) -> Vec<Span> {
        let mut clock = std::time::Instant::now();
        self.detectors.find_timed(text, &self.config, &mut |stage| {
            let now = std::time::Instant::now();
            match times.iter_mut().find(|(name, _)| *name == stage) {
                Some((_, total)) => *total += now - clock,
                None => times.push((stage, now - clock)),
            }
            clock = now;
        })
    }

    /// Masks every identifier found with the configured operators.
    pub fn redact(&self, text: &str) -> String {
        self.redact_detailed(text).text
    }

    /// Masks every identifier and reports, for each, its label, input and output ranges and the
    /// replacement: enough for an audit log that does not keep the original text.
    ///
    /// # Example
    /// ```
    /// let r = casemask::Redactor::default().redact_detailed("Seen on 12/03/2019.");
    /// assert_eq!(r.text, "Seen on [DATE].");
    /// assert_eq!((r.items[0].input.clone(), r.items[0].output.clone()), (8..18, 8..14));
    /// ```
    pub fn redact_detailed(&self, text: &str) -> Redaction {
        let spans = self.find(text);
        operate::apply(text, &spans, &self.config.operators, &self.known_names)
    }

    /// [`Redactor::find`] on many texts in parallel; results in input order.
    pub fn find_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Vec<Span>> {
        texts.par_iter().map(|t| self.find(t.as_ref())).collect()
    }

    /// [`Redactor::redact`] on many texts in parallel; results in input order.
    pub fn redact_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<String> {
        texts.par_iter().map(|t| self.redact(t.as_ref())).collect()
    }

    /// [`Redactor::redact_detailed`] on many texts in parallel; results in input order.
    pub fn redact_detailed_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Redaction> {
        texts.par_iter().map(|t| self.redact_detailed(t.as_ref())).collect()
    }
}

impl Default for Redactor {
    /// A redactor with the default configuration (every label, `tag` operator, day-first dates).
    fn default() -> Redactor {
        Redactor::new(Config::default()).expect("the default configuration is valid")
    }
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The config may hold known people and hash keys: show only its shape.
        f.debug_struct("Redactor")
            .field("entities", &self.config.entities)
            .field("known_people", &self.config.known_people.len())
            .field("min_score", &self.config.min_score)
            .finish_non_exhaustive()
    }
}
