//! A person's answers, kept in memory and keyed by item id.

use litemap::LiteMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Choice(String),
    Multi(Vec<String>),
    Number(i64),
    Text(String),
}

pub type Answers = LiteMap<String, Answer>;

impl Answer {
    /// Nothing chosen or written: counts as not answered.
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Multi(os) => os.is_empty(),
            Answer::Text(t) => t.trim().is_empty(),
            Answer::Choice(_) | Answer::Number(_) => false,
        }
    }

    /// The option ids this answer chose (none for numbers and text).
    pub fn chosen(&self) -> &[String] {
        match self {
            Answer::Choice(o) => std::slice::from_ref(o),
            Answer::Multi(os) => os,
            Answer::Number(_) | Answer::Text(_) => &[],
        }
    }
}
