//! The app's own data files, fetched once each and kept in memory for this visit.

use crate::engine::help::Country;
use crate::engine::model::{Questionnaire, Texts};
use crate::platform::fetch_data;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

type Loaded<T> = Result<Arc<T>, String>;

#[derive(Clone, Copy)]
pub struct DataCache {
    files: RwSignal<BTreeMap<String, Loaded<dyn std::any::Any + Send + Sync>>>,
    pending: StoredValue<BTreeSet<String>>,
}

impl DataCache {
    pub fn new() -> Self {
        DataCache {
            files: RwSignal::new(BTreeMap::new()),
            pending: StoredValue::new(BTreeSet::new()),
        }
    }

    /// The file at `path`, once fetched (tracked: readers update when it arrives).
    fn get<T: DeserializeOwned + Send + Sync + 'static>(&self, path: String) -> Option<Loaded<T>> {
        let found = self.files.with(|f| f.get(&path).cloned());
        if found.is_none()
            && self.pending.try_update_value(|p| p.insert(path.clone())) == Some(true)
        {
            let files = self.files;
            spawn_local(async move {
                let loaded = fetch_data::<T>(&path)
                    .await
                    .map(|v| Arc::new(v) as Arc<dyn std::any::Any + Send + Sync>);
                files.update(|f| {
                    f.insert(path, loaded);
                });
            });
        }
        found.map(|r| r.map(|any| any.downcast::<T>().expect("one type per path")))
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
