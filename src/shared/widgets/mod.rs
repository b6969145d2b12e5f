//! Small pieces of interface any screen may use.

pub mod about_box;
pub mod language_switcher;
pub mod offline;
pub mod paragraphs;
pub mod quick_exit;
