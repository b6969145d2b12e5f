//! What every feature shares: the visit's state, routing over the query string, interface strings,
//! data fetching, platform calls, help contacts, parts loaded on demand, and small widgets.
//! Nothing here imports a feature or the app (tests/module_rule.rs).

pub mod context;
pub mod data;
pub mod deferred;
pub mod help;
pub mod i18n;
pub mod platform;
pub mod questionnaire_page;
pub mod route;
pub mod state;
pub mod widgets;
