//! The app's own data files, fetched once each and kept in memory for this visit.

use crate::engine::help::Country;
use crate::engine::model::{Questionnaire, Texts};
use crate::shared::platform::{decode_data, fetch_bytes};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use std::any::Any;
use std::sync::Arc;

type Loaded<T> = Result<Arc<T>, String>;
type Decode = fn(&str, &[u8]) -> Loaded<dyn Any + Send + Sync>;

/// A handful of files per visit: a list is enough, and keeps the wasm small.
#[derive(Clone, Copy)]
pub struct DataCache {
    files: RwSignal<Vec<(String, Loaded<dyn Any + Send + Sync>)>>,
    pending: StoredValue<Vec<String>>,
}

impl DataCache {
    pub fn new() -> Self {
        DataCache {
            files: RwSignal::new(Vec::new()),
            pending: StoredValue::new(Vec::new()),
        }
    }

    /// The file at `path`, once fetched (tracked: readers update when it arrives).
    fn get<T: DeserializeOwned + Send + Sync + 'static>(&self, path: String) -> Option<Loaded<T>> {
        let found = self.files.with(|files| {
            files
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, loaded)| loaded.clone())
        });
        let first_ask = || {
            self.pending.try_update_value(|p| {
                let new = !p.contains(&path);
                if new {
                    p.push(path.clone());
                }
                new
            }) == Some(true)
        };
        if found.is_none() && first_ask() {
            self.fetch(path.clone(), |path, bytes| {
                decode_data::<T>(path, bytes).map(|v| Arc::new(v) as Arc<dyn Any + Send + Sync>)
            });
        }
        found.map(|r| {
            r.and_then(|any| {
                any.downcast::<T>()
                    .map_err(|_| format!("{path}: asked for as two kinds of data"))
            })
        })
    }

    /// Not generic, so the wasm holds this task once, not once per type of file.
    fn fetch(&self, path: String, decode: Decode) {
        let files = self.files;
        spawn_local(async move {
            let loaded = fetch_bytes(&path)
                .await
                .and_then(|bytes| decode(&path, &bytes));
            files.update(|f| f.push((path, loaded)));
        });
    }
    pub fn questionnaire(&self, id: &str) -> Option<Loaded<Questionnaire>> {
        self.get(format!("data/q/{id}.bin"))
    }

    pub fn texts(&self, id: &str, lang: &str) -> Option<Loaded<Texts>> {
        self.get(format!("data/q/{id}/{lang}.bin"))
    }

    pub fn countries(&self) -> Option<Loaded<Vec<Country>>> {
        self.get("data/help.bin".to_string())
    }
}
