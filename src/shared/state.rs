//! What a visit holds, in memory only: the answers, the tests chosen, the country for help, and the
//! catalogue of questionnaires.

use crate::engine::answers::Answers;
use crate::engine::language::Catalog;
use crate::engine::model::Tool;
use leptos::prelude::*;
use litemap::LiteMap;

/// A person's visit: gone on reload, and wiped together by "start again" and the quick exit.
#[derive(Clone, Copy)]
pub struct Visit {
    /// Answers per questionnaire; they survive a change of language.
    pub answers: RwSignal<LiteMap<String, Answers>>,
    /// The self-tests the person chose to take, in order.
    pub queue: RwSignal<Vec<String>>,
    /// The country whose help contacts are shown; chosen by the person, never from location.
    pub country: RwSignal<Option<String>>,
}

impl Visit {
    pub fn new() -> Self {
        Visit {
            answers: RwSignal::new(LiteMap::new()),
            queue: RwSignal::new(Vec::new()),
            country: RwSignal::new(None),
        }
    }

    /// Forget everything this visit holds: answers, the chosen tests, the country.
    pub fn wipe(&self) {
        self.answers.set(LiteMap::new());
        self.queue.set(Vec::new());
        self.country.set(None);
    }
}

/// The catalogue once fetched (or why it could not be).
#[derive(Clone, Copy)]
pub struct CatalogState(pub RwSignal<Option<Result<Catalog, String>>>);

impl CatalogState {
    /// Read the catalogue, once loaded (tracked: readers update when it arrives).
    pub fn with<R>(&self, f: impl FnOnce(&Catalog) -> R) -> Option<R> {
        self.0
            .with(|c| c.as_ref().and_then(|c| c.as_ref().ok()).map(f))
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Catalog) -> R) -> Option<R> {
        self.0
            .with_untracked(|c| c.as_ref().and_then(|c| c.as_ref().ok()).map(f))
    }

    /// The tool of questionnaire `id` (which page of the build holds it), if the catalogue has it.
    pub fn tool_of(&self, id: &str) -> Option<Tool> {
        self.with_untracked(|c| c.questionnaires.iter().find(|e| e.id == id).map(|e| e.tool))
            .flatten()
    }
}
