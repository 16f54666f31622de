/**
 * Reads the OKRs the way an experienced OKR coach would: a seven-dimension quality rubric per
 * objective, an anti-pattern lint (warnings with stable rule ids), the eight-signal goal-system
 * health check and insights per company, department, team and person. Everything is a pure function
 * of the linked model and its scores, except {@link org.okrsite.review.GitGoalHistory}, which reads
 * the content's git history for the moving-goalposts rule. Every finding carries {@link
 * org.okrsite.review.Evidence} so the site can link it to the objectives, key results and check-ins
 * behind it.
 */
package org.okrsite.review;
