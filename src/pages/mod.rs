pub mod assessment;
pub mod home;
pub mod questionnaire;
