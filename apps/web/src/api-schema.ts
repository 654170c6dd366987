// Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.
// Over 400 lines: the whole API in one file, as openapi-typescript writes it.
export interface paths {
  '/admin/offices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All offices */
    get: operations['AdminController_listOffices'];
    put?: never;
    /** Add a host office */
    post: operations['AdminController_createOffice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/partner-organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All partner organisations */
    get: operations['AdminController_listPartnerOrganisations'];
    put?: never;
    /** Add a partner organisation and the countries of return it covers */
    post: operations['AdminController_createPartnerOrganisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Users, a page at a time
     * @description In email order, narrowed by part of the email or name, role and state, with the counts of all pages.
     */
    get: operations['AdminController_listUsers'];
    put?: never;
    /**
     * Create a user with a role and scope
     * @description Counsellors, logistics officers and supervisors need offices; partner focal points an organisation.
     */
    post: operations['AdminController_createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's role, scope, name, password or whether the account is active */
    patch: operations['AdminController_updateUser'];
    trace?: never;
  };
  '/admin/users/{userId}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Unlock an account locked by failed sign-ins
     * @description Clears the lock and the count of failed sign-ins; the password and sessions stay. To reset the password instead, set a temporary one with PATCH (which also unlocks and signs the user out everywhere).
     */
    post: operations['AdminController_unlockUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check the whole audit chain
     * @description Recomputes every entry’s hash in order and names the first one whose content or link was altered. Also: `npm run audit:verify`.
     */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with email and password
     * @description Returns a short-lived access token (send it as `Authorization: Bearer …`) and a refresh token. After repeated failures the account is locked for a while (423).
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: the refresh token and every token rotated from it stop working */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the access token belongs to */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change my own password
     * @description Needs the current password. Every sign-in of the user ends, this one included; the answer is a new session. A sign-in with a password an administrator set (`user.mustChangePassword`) may do nothing else until then.
     */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Swap a refresh token for a new pair
     * @description Each refresh token works once; reusing one signs that session out everywhere.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List cases
     * @description Newest first, in pages; filters combine with AND.
     */
    get: operations['CasesController_list'];
    put?: never;
    /**
     * Open a return case
     * @description Creates the case with its household and starts its workflow. Send an Idempotency-Key: a retry with the same key and body returns the same case (header Idempotent-Replayed: true) and never makes a second one. Counsellors open cases for their own offices only.
     */
    post: operations['CasesController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One case with its household and what it waits for
     * @description Sensitive details (trafficking, health, asylum, protection) appear only for the roles that need them, and each such read is audited. A partner sees a person's identity only with their consent to share data; otherwise a pseudonymised view.
     */
    get: operations['CasesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/arrival': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm arrival and reception (partner) */
    post: operations['CaseActionsController_confirmArrival'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/assets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The household's declared assets, each with its transfer instructions */
    get: operations['AssetTransfersController_listAssets'];
    put?: never;
    /**
     * Declare an asset of a household member (counsellor)
     * @description Savings, wages owed (with the employer), a deposit or belongings; the amount in integer minor units of an ISO 4217 currency.
     */
    post: operations['AssetTransfersController_declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/assets/{assetId}/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a transfer instruction for a verified asset (counsellor or finance officer) */
    post: operations['AssetTransfersController_createTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/assets/{assetId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify an asset: evidence checked, money collected for the returnee (finance officer)
     * @description Posts asset-sources → returnee-assets once (key asset:<id>:verified); a repeated request changes nothing.
     */
    post: operations['AssetTransfersController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Transfer a case to another office, or reassign it to another counsellor or partner organisation
     * @description Name at least one of hostOffice, counsellorId and partnerOrganisationId, with a reason. Who sees the case, "My work" and every later email follow at once; the timeline shows it (`case_reassigned`) and the audit records it. The new counsellor, and the new organisation once the pre-arrival notice has gone out, are emailed.
     */
    post: operations['CaseAssignmentController_reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/assignment/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The offices, counsellors and partner organisations a case may be reassigned to */
    get: operations['CaseAssignmentController_options'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's audit history, newest first (supervisors, for the cases of their offices) */
    get: operations['AuditController_forCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/best-interests-determinations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a child's best-interests determination (supervisor) */
    post: operations['CaseActionsController_bestInterests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/booking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Book travel (logistics); refused with the reasons when a booking rule or gate is not met */
    post: operations['CaseActionsController_book'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/booking/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel the open booking (logistics) */
    post: operations['CaseActionsController_cancelBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/booking/rebook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the booking, or book again after a no-show or cancellation (logistics) */
    post: operations['CaseActionsController_rebook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the case with an outcome (supervisor) */
    post: operations['CaseActionsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/consent-withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw consent (until departure)
     * @description Cancels open bookings, tells the partner and closes the case as withdrawn; answers once all that is done.
     */
    post: operations['CaseActionsController_withdrawConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a signed voluntary return declaration, or a guardian's or child's consent (counsellor)
     * @description While the programme requires it (REQUIRE_SIGNED_DECLARATION, on by default), the person's signed declaration must be in the case file first (kind signed_declaration, filed on this person): otherwise 409 evidence_missing with the reason code declaration_on_file. While it requires it (REQUIRE_INFORMATION_ACKNOWLEDGED, on by default, fixed for a case when it starts), the information sheets for the country of return must have been given and acknowledged first (POST /cases/:id/pre-departure-information): otherwise 409 information_not_acknowledged.
     */
    post: operations['CaseActionsController_signConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/counselling-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a counselling session (counsellor) */
    post: operations['CaseActionsController_recordCounselling'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/departure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm departure (logistics) */
    post: operations['CaseActionsController_confirmDeparture'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The papers on the case that your role may see, withdrawn ones included (marked) */
    get: operations['DocumentsController_list'];
    put?: never;
    /**
     * File a paper on the case or one of its people (multipart: kind, optional personId, then the file)
     * @description The body streams to the store; the type is sniffed from the content (PDF, JPEG, PNG, WebP, HEIC only: 415 otherwise), the size is capped by DOCUMENT_MAX_BYTES (413), and the size and SHA-256 are computed on the way. A form that cannot be read (a wrong boundary, a body cut short) is a 400 with code multipart_malformed, and nothing is filed.
     */
    post: operations['DocumentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/documents/{documentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The paper's content, streamed, as an attachment; a sensitive one leaves a read_sensitive audit entry */
    get: operations['DocumentsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/documents/{documentId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a paper with a reason: its record stays, its content is removed */
    post: operations['DocumentsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erase a closed case's personal data on a person's request, ahead of retention (supervisors)
     * @description The anonymisation the retention period would bring, now: names, day and month of birth, contacts, document numbers, free text, files. The ledger and the statistics keep their totals. The whole case is erased, since a household's data is held together. The case's workflow is ended first (it can no longer be reopened) and its Temporal histories deleted; each step is audited (`persons.erase.temporal`, `persons.erase`). A retry after a failure carries on where it stopped; after success it answers 409 `case_anonymised`.
     */
    post: operations['ErasureController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/family-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the partner's family assessment for a child (partner) */
    post: operations['CaseActionsController_familyAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/final-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * File the final report of reintegration (partner)
     * @description What was delivered against each budget line of the approved plan (exact minor units, the line currency), with the proofs of payment and invoices already in the case file, and a narrative. The last sustainability scores are copied from the latest survey recorded on the case. Filed again after a return.
     */
    post: operations['FinalReportController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/final-report/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the final report back to the partner with a reason (supervisor) */
    post: operations['FinalReportController_returnReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/final-report/validation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate the final report (supervisor)
     * @description A case closes as `completed` once its final report is validated.
     */
    post: operations['FinalReportController_validate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a follow-up visit (partner) */
    post: operations['CaseActionsController_followUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/follow-ups/{visitNumber}/survey': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the sustainability survey of a follow-up visit (partner)
     * @description Scores the answers with the configured weight set (economic, social, psychosocial and composite, each 0 to 1) and stores them with the raw answers and the weight set version. The visit must be recorded on the case; a visit has one survey, never replaced.
     */
    post: operations['ReintegrationProfilesController_recordSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/grant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The grant: budget, tranches (waiting, released, paid) and payments with their proofs */
    get: operations['GrantsController_get'];
    put?: never;
    /**
     * Set up the reintegration grant from the approved plan, with its tranche schedule
     * @description The budget is the approved plan’s budget lines per currency; the tranches must add up to it exactly. Posts the allocation (programme grants-budget → case grant-allocated, key grant:<id>:allocated) and releases at once any tranche whose milestone is already recorded.
     */
    post: operations['GrantsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/grant/tranches/{trancheId}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay a released tranche with its proof of payment (finance officer)
     * @description Runs on the case workflow as two activities keyed by the tranche: post grant-in-transit → grant-paid-out (key grant-tranche:<id>:paid), then record the payment with its proof. A crash between them, or a retried request, pays nothing twice.
     */
    post: operations['GrantsController_pay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/household/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a member to the household before departure (counsellor); checked for earlier cases as at intake */
    post: operations['HouseholdController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/household/members/{personId}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Correct a member's contact (counsellor); allowed after departure too */
    put: operations['HouseholdController_contact'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/household/members/{personId}/not-travelling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a member does not travel, with the reason (counsellor)
     * @description The member stays on the case and leaves the consent, document and pre-departure gates and the booking.
     */
    post: operations['HouseholdController_notTravelling'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/household/members/{personId}/vulnerabilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Add or correct a member's vulnerability flags (counsellor)
     * @description A trafficking flag then requires its risk assessments and referral before booking, a separated child its determination; asylum or fear of return puts the case on protection hold.
     */
    put: operations['HouseholdController_vulnerabilities'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's links to opportunities, with every step */
    get: operations['ReintegrationLinksController_listLinks'];
    put?: never;
    /** Propose an opportunity to a returnee (partner) */
    post: operations['ReintegrationLinksController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/links/{linkId}/steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a link on: referred, interview, placed or declined (partner)
     * @description A placement in a job or apprenticeship is also recorded on the case as a job placement milestone.
     */
    post: operations['ReintegrationLinksController_step'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/medical-clearances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a fit-to-travel certificate (logistics)
     * @description While the programme requires it (REQUIRE_MEDICAL_CERTIFICATE, on by default), the person's medical certificate must be in the case file first (kind medical_certificate, filed on this person): otherwise 409 evidence_missing with the reason code medical_certificate_on_file.
     */
    post: operations['CaseActionsController_medicalClearance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/milestones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a reintegration milestone: plan agreed, assistance delivered, job placement… (partner) */
    post: operations['CaseActionsController_milestone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a no-show (logistics); the booking is released for a rebooking or closure */
    post: operations['CaseActionsController_noShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/people/{personId}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open opportunities in the country of return ranked for this returnee, each with its score breakdown
     * @description Deterministic: score, then opportunity id. Weights come from MATCHING_WEIGHTS. Needs a complete skills profile (409 otherwise).
     */
    get: operations['ReintegrationLinksController_matchesForPerson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/people/{personId}/skills-profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A returnee's skills profile, with what matching still needs */
    get: operations['ReintegrationProfilesController_getProfile'];
    /**
     * Record or replace a returnee's skills profile
     * @description The whole profile (a PUT replaces it; what is not known yet may be left out). Before the arrival stage only the counsellor writes it; from arrival on only the partner focal point. Occupations are ISCO-08 unit groups.
     */
    put: operations['ReintegrationProfilesController_putProfile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/people/{personId}/subject-access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's subject-access export as JSON (supervisors)
     * @description Everything held about one person of a case: the case with its household, timeline, the papers filed for them or the whole case, and the case’s audit entries. Sensitive categories appear as the supervisor’s role allows; the export is audited (`subject_access.export`). Bounded by one case, so it is answered directly.
     */
    get: operations['SubjectAccessController_json'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/people/{personId}/subject-access/html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's subject-access export as a printable HTML report (supervisors)
     * @description Everything held about one person of a case: the case with its household, timeline, the papers filed for them or the whole case, and the case’s audit entries. Sensitive categories appear as the supervisor’s role allows; the export is audited (`subject_access.export`). Bounded by one case, so it is answered directly.
     */
    get: operations['SubjectAccessController_html'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/possible-duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Possible earlier cases of the people of this case
     * @description Fuzzy names across scripts and spellings, birth dates allowing day and month swapped, nationality and document numbers. Matches in your scope in full; elsewhere only that a match exists and the office to ask.
     */
    get: operations['DuplicatesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/possible-duplicates/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm (links the cases) or dismiss a possible duplicate; audited */
    post: operations['DuplicatesController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/pre-departure-information': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record which information sheets were given, in which language and version, and their acknowledgement (counsellor)
     * @description Each sheet named must exist in the version named, be for the case's country of return and be in the language given (otherwise 400 naming the sheet). While the programme requires it (REQUIRE_INFORMATION_ACKNOWLEDGED, on by default, fixed for a case when it starts), consent is refused with 409 information_not_acknowledged until this is recorded.
     */
    post: operations['PreDepartureInformationController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/protection-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Place the case on protection hold */
    post: operations['CaseActionsController_placeHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/protection-hold/lift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift the protection hold (supervisor, with a reason) */
    post: operations['CaseActionsController_liftHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/protection-hold/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Review the protection hold and set the day of the next review (supervisor)
     * @description A hold is reviewed by a date: the first falls PROTECTION_HOLD_REVIEW_AFTER after it was placed, each next one is set here: a day of the reviewer's time zone (`timeZone`), due when it begins there. A reminder goes to the supervisors before it, an escalation to the supervisors and the counsellor when it passes.
     */
    post: operations['ProtectionController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/protection-referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a referral to a protection service in the country of return (partner) */
    post: operations['CaseActionsController_protectionReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/protection-service-referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refer a person on protection hold to a named protection service, with their consent (supervisor)
     * @description Asylum procedure, legal aid or shelter in the host country. The referral is `sent`; its answer and follow-ups are recorded on it. One open referral per person and service. A case closes as `referred_to_protection` once a service accepted one.
     */
    post: operations['ProtectionController_refer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/protection-service-referrals/{referralId}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a follow-up of a referral (counsellor, supervisor) */
    post: operations['ProtectionController_followUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/protection-service-referrals/{referralId}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a protection service's answer to a referral (counsellor, supervisor) */
    post: operations['ProtectionController_respond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/reintegration-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the reintegration plan (partner) */
    post: operations['CaseActionsController_submitPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/reintegration-plan/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve the submitted plan (supervisor) */
    post: operations['CaseActionsController_approvePlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/reintegration-plan/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the plan back with a reason (supervisor) */
    post: operations['CaseActionsController_rejectPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/reopening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a closed case with a reason (supervisor) */
    post: operations['CaseActionsController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/screening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record screening (counsellor); asylum, fear of return or a protection concern puts the case on hold */
    post: operations['CaseActionsController_recordScreening'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case's ledger statement: every line with its running balance, and the balances per account and currency
     * @description Amounts are integer minor units as strings. Balances are SUMs over the ledger lines, read in the same snapshot as the entries.
     */
    get: operations['AssetTransfersController_statement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/stranded-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide what happens to a stranded case: retry, another route, or close (supervisor) */
    post: operations['CaseActionsController_decideStranded'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's sustainability surveys with their scores, by visit number */
    get: operations['ReintegrationProfilesController_listSurveys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case's timeline, oldest first
     * @description Events of sensitive categories the reader does not need keep their type and time, without details.
     */
    get: operations['CasesController_getTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/trafficking-risk-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a trafficking risk assessment in the host or return country */
    post: operations['CaseActionsController_traffickingRisk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/transfers/{transferId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a pending or failed transfer; a confirmed transfer stands (409) */
    post: operations['AssetTransfersController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/transfers/{transferId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the transfer with its bank or provider reference (finance officer); initiated → confirmed
     * @description Runs on the case workflow (update confirm_asset_transfer) as two activities keyed by the transfer: post returnee-assets → assets-paid-out under asset-transfer:<transfer idempotency key> (the reference in its description), then mark the transfer confirmed. A crash between them, a retried request or confirming again with the same reference pays nothing twice. While a consent withdrawal is being carried out: 409 withdrawal_in_progress, try again a moment later.
     */
    post: operations['AssetTransfersController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/transfers/{transferId}/fail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the transfer failed, with the reason (finance officer); initiated → failed */
    post: operations['AssetTransfersController_fail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/transfers/{transferId}/initiate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the instruction to the provider (finance officer); pending → initiated
     * @description Runs on the case workflow (update initiate_asset_transfer) as one activity that sends the instruction under the provider idempotency key <transfer key>:<attempt> and marks it initiated; a retried request or activity sends nothing twice. Refused once consent is withdrawn (consent_withdrawn): transfers not yet initiated are cancelled then.
     */
    post: operations['AssetTransfersController_initiate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/transfers/{transferId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retry a failed transfer as a new attempt (finance officer); failed → pending */
    post: operations['AssetTransfersController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/travel-documents/issued': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the travel document the consulate issued (logistics) */
    post: operations['CaseActionsController_issueDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/travel-documents/refusals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a refusal by the consulate (logistics); the case becomes stranded */
    post: operations['CaseActionsController_refuseDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/travel-documents/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request a travel document from the consulate (logistics); starts its deadline */
    post: operations['CaseActionsController_requestDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/finance/work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What waits on finance, across the programme (finance officers)
     * @description Assets to verify, transfers to initiate, confirm or retry, and grant tranches to pay, oldest first, each with its case's reference and amount (no other case content); paged with `limit` and `nextCursor`.
     */
    get: operations['FinanceWorkController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL, Redis and Temporal all answer (503 otherwise) */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/information-sheets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The information sheets, by country of return and language, each with its newest version */
    get: operations['InformationSheetsController_list'];
    put?: never;
    /** Add a sheet for a country of return, topic and language, publishing its version 1 (administrator) */
    post: operations['InformationSheetsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/information-sheets/{sheetId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A sheet with every version it had, newest first */
    get: operations['InformationSheetsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/information-sheets/{sheetId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a new version of a sheet (administrator)
     * @description The new version is numbered n+1 and becomes the one to give. Earlier versions stay as they were: a case records the version the returnee was given.
     */
    post: operations['InformationSheetsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/information-sheets/{sheetId}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version of a sheet, as it was published */
    get: operations['InformationSheetsController_version'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How each kind of notification reaches me, my email language and the daily digest */
    get: operations['MyNotificationsController_preferences'];
    /** Choose how each kind reaches me, my email language and the daily digest */
    put: operations['MyNotificationsController_savePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My inbox
     * @description The notifications sent to me in the app, newest first, paged with `limit` and `nextCursor`.
     */
    get: operations['MyNotificationsController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark one notification read
     * @description 404 for an id not in the caller's inbox.
     */
    post: operations['MyNotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark every notification in my inbox read */
    post: operations['MyNotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What waits on me
     * @description The open cases in your scope whose next step is your role's (from the read model: stage, what the case waits for, its due date and protection hold), overdue first, then due soon, then the rest; paged with `limit` and the `nextCursor` it returns, with the counts of the whole queue.
     */
    get: operations['WorkQueueController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notifications that could not be sent, newest first */
    get: operations['DeadLettersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/dead-letters/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a dead-lettered notification again, with a fresh set of attempts */
    post: operations['DeadLettersController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/occupations/groups/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One ISCO-08 group with the groups above it (major, sub-major, minor) */
    get: operations['OccupationsController_group'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/occupations/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Suggest ISCO-08 unit groups for what a person says they did
     * @description Free text in, ranked ISCO-08 unit groups out. Tolerates everyday wording ("car mechanic"), the inverted index form ("Mechanic, motor vehicle"), misspellings and any word order. Matches the ILO structure titles and an index of about 5,600 occupational titles (ISCO-08 © ILO 2008).
     */
    get: operations['OccupationsController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opportunities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List opportunities
     * @description Newest first, in pages; filters combine with AND. Withdrawn ones are not listed.
     */
    get: operations['OpportunitiesController_list'];
    put?: never;
    /**
     * Add an opportunity
     * @description A job, apprenticeship, vocational training or business-support programme a partner keeps in a country of return.
     */
    post: operations['OpportunitiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opportunities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One opportunity
     * @description The ETag header carries its version.
     */
    get: operations['OpportunitiesController_get'];
    put?: never;
    post?: never;
    /**
     * Withdraw an opportunity
     * @description It is no longer listed, read or matched, and a feed that still contains it does not bring it back; the row is kept for the links and placements made from it. With If-Match, only at that version.
     */
    delete: operations['OpportunitiesController_withdraw'];
    options?: never;
    head?: never;
    /**
     * Change some fields of an opportunity
     * @description Send only the fields to change (startsOn: null clears the start date); partnerCode and externalReference cannot change. The version you read is required, in If-Match or as `version`: 409 if it changed since.
     */
    patch: operations['OpportunitiesController_update'];
    trace?: never;
  };
  '/opportunities/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Returnees bound for the opportunity’s country whose profiles fit it best (the reverse view) */
    get: operations['ReintegrationLinksController_matchesForOpportunity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opportunities/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a partner's feed (CSV or JSON) in the background
     * @description Queues the import and answers at once with its id; follow it with GET /opportunities/imports/:id. Rows are keyed by (partnerCode, externalReference): importing the same feed again updates rows instead of duplicating them, and reports unchanged ones as such. Withdrawn opportunities are not revived.
     */
    post: operations['OpportunitiesController_startImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opportunities/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** State, progress and, when done, the report of an import */
    get: operations['OpportunitiesController_importStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partner-organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Partner organisations, or those covering one country of return
     * @description The choice at intake: a case goes to one organisation covering its country of return.
     */
    get: operations['CaseAssignmentController_partnerOrganisations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reconciliation-exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a reconciliation export for a programme and period (a BullMQ job)
     * @description Every transfer instruction and grant tranche of the host office’s cases created in the period, with status, amount and what the ledger holds for it; then totals by item, status and currency beside the ledger’s sums, each marked as tying or not. Poll the status, then download.
     */
    post: operations['ReconciliationExportsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reconciliation-exports/{exportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The export’s state and progress (percent of cases read); totals and the download link once completed */
    get: operations['ReconciliationExportsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reconciliation-exports/{exportId}/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the CSV (RFC 4180, UTF-8): item lines, then total lines; amounts in minor and major units */
    get: operations['ReconciliationExportsController_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/service-providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service providers of the countries you work in, by country and name */
    get: operations['ServiceProvidersController_list'];
    put?: never;
    /** Record a service provider in a country you work in */
    post: operations['ServiceProvidersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/service-providers/{providerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a provider's name, kind or contact, or stop offering it (`active: false`) */
    patch: operations['ServiceProvidersController_update'];
    trace?: never;
  };
  '/views/cases-by-stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many cases are in each stage */
    get: operations['ProgrammeViewsController_casesByStage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Outcomes for donors by country of return, period of arrival and vulnerability
     * @description Over the cases in scope whose arrival in the country of return was recorded (from/to bound the day of arrival, UTC), one row per country, period and vulnerability, `all` first: cases returned, reintegration completed (closed as completed), surveyed, the mean of each surveyed case's latest composite score, and placements. Cases still under way count as returned and not completed. Sorted by country, period, then vulnerability.
     */
    get: operations['OutcomeReportController_outcomes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views/overdue-follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases after arrival whose plan or follow-up visit is overdue, most overdue first */
    get: operations['ProgrammeViewsController_overdueFollowUps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views/placements-by-type': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Links to opportunities by opportunity type: placed, declined and still open
     * @description Counts links (a person linked to two jobs counts twice) by the status of their last step; open means proposed, referred or interview. Every type is listed, with zeros when it has no links. Links to withdrawn opportunities still count. Scope and filters apply to the linked case.
     */
    get: operations['ProgrammeViewsController_placementsByType'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views/score-change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The change in composite score between the first and the latest follow-up survey, per case and overall
     * @description For every case in scope with at least two surveys: the first and latest visit (lowest and highest visit number), their composite scores and the change (latest − first), most worsened first, at most 500 rows; and a summary over all those cases. A change under 0.0005 either way (0.000 once rounded) counts as unchanged. Computed in full precision, rounded to 3 decimals for display.
     */
    get: operations['ProgrammeViewsController_scoreChange'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views/sustainability-scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The sustainability score distribution by country of return or by assistance type
     * @description Each case counts by its latest survey only (highest visit number). by=country groups by the country of return. by=assistance groups by each assistance type (economic, social, psychosocial) present in the case's reintegration plan: a case whose plan has economic and social components counts in both groups, so group counts can add up to more than the cases surveyed. Cases without a plan, or whose plan was rejected, are left out of by=assistance. Quartiles are interpolated (percentile_cont). Scores are rounded to 3 decimals.
     */
    get: operations['ProgrammeViewsController_sustainabilityScores'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views/time-in-stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How long open cases have been in their stage, by stage */
    get: operations['ProgrammeViewsController_timeInStage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddedMemberView: {
      /** @description The case as it stands after the amendment. */
      case: components['schemas']['CaseSnapshotView'];
      /**
       * Format: uuid
       * @description The new member’s id.
       */
      personId: string;
      /** @description Possible earlier cases of the new member, checked as at intake. */
      possibleDuplicates: components['schemas']['PossibleDuplicatesView'];
    };
    AddMemberDto: {
      contact?: components['schemas']['ContactDto'];
      /**
       * @description Date of birth, YYYY-MM-DD, a day of the family's time zone: not after the latest day anywhere (UTC+14).
       * @example 1988-04-12
       */
      dateOfBirth: string;
      /** @description Identity and travel documents held. */
      documents?: components['schemas']['HeldDocumentDto'][];
      /** @example Diallo */
      familyName: string;
      /** @example Amina */
      givenNames: string;
      /**
       * @description Languages the person understands, ISO 639-1, preferred first.
       * @example [
       *       "fr",
       *       "wo"
       *     ]
       */
      languages: string[];
      /**
       * @description Nationality, ISO 3166-1 alpha-2.
       * @example SN
       */
      nationality: string;
      /**
       * @description Relationship to the principal applicant.
       * @enum {string}
       */
      relationship:
        | 'spouse'
        | 'partner'
        | 'child'
        | 'parent'
        | 'sibling'
        | 'grandparent'
        | 'grandchild'
        | 'other_relative'
        | 'other';
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      /** @description This person's vulnerability flags. */
      vulnerabilities?: (
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return'
      )[];
    };
    AmendedCaseView: {
      /**
       * Format: date-time
       * @description By when, if there is a deadline.
       */
      dueAt?: string | null;
      /** @enum {string} */
      stage:
        | 'intake'
        | 'counselling'
        | 'screening'
        | 'consent'
        | 'travel_documents'
        | 'pre_departure'
        | 'booking'
        | 'departure'
        | 'arrival'
        | 'reintegration'
        | 'monitoring'
        | 'closed';
      /** @description Everything the workflow holds about the case: consents, documents, gates, booking, plan, follow-ups. */
      state: {
        [key: string]: unknown;
      };
      /** @description What the case waits for now, in words fit for the reader's role. */
      waitingFor?: string | null;
      /** @description The same as a code with parameters, for translation. */
      waitingReason?: components['schemas']['CaseReasonView'] | null;
    };
    ApprovePlanDto: {
      /** @description A note for the partner. */
      note?: string;
    };
    AssetView: {
      /**
       * @description The amount in major units, exact, for people.
       * @example 1200.00
       */
      amount: string;
      /** @description Integer minor units as a string. */
      amountMinor: string;
      currency: string;
      employer?: string | null;
      evidenceDocuments: string[];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'bank_savings' | 'wages_owed' | 'deposit' | 'belongings';
      /** Format: uuid */
      personId: string;
      /** @enum {string} */
      status: 'declared' | 'verified' | 'transferring' | 'transferred' | 'cancelled';
      transfers: components['schemas']['TransferView'][];
      version: number;
    };
    AssigneeView: {
      /** Format: email */
      counsellorEmail: string;
      /** @example Claire Martin */
      counsellorName: string;
      /** @example PARIS */
      hostOffice: string;
      /** Format: uuid */
      partnerOrganisationId: string | null;
      /** @example West Africa Reintegration Network */
      partnerOrganisationName: string | null;
    };
    AssignmentOptionsView: {
      /** @description Active counsellors, with the offices they work at. */
      counsellors: components['schemas']['CounsellorOptionView'][];
      /** @description Every office of the programme. */
      offices: components['schemas']['OfficeOptionView'][];
      /** @description The organisations covering the case's country of return. */
      partnerOrganisations: components['schemas']['PartnerOrganisationOptionView'][];
    };
    AuditEntryView: {
      /** @example case.sign_consent */
      action: string;
      actorId: string;
      actorRole: string;
      caseId: string | null;
      /** @description Changed or read fields; personal values are masked as ***. */
      changes: {
        after?: unknown;
        before?: unknown;
        path: string;
      }[];
      hash: string;
      occurredAt: string;
      /** @enum {string} */
      outcome: 'ok' | 'denied' | 'failed';
      requestId: string | null;
      seq: string;
      subject: string | null;
    };
    BalanceView: {
      account: string;
      /** @description SUM of the lines, integer minor units as a string. */
      balanceMinor: string;
      currency: string;
    };
    BookTravelDto: {
      escorts?: components['schemas']['EscortDto'][];
      /** @description Members not travelling, each with a reason. */
      excluded?: components['schemas']['ExclusionDto'][];
      /** @description Household members on the itinerary. */
      passengerIds: string[];
      /**
       * @description Booking reference (PNR).
       * @example XK7P2Q
       */
      reference: string;
      /** @description Flights in order; the last one lands in the country of return. */
      segments: components['schemas']['SegmentDto'][];
      /**
       * @description Transit assistance is arranged.
       * @default false
       */
      transitAssistance: boolean;
    };
    BudgetLineDto: {
      /**
       * @description Amount in integer minor units of the currency (no decimals).
       * @example 150000
       */
      amountMinor: number;
      /**
       * @description ISO 4217 currency code.
       * @example XOF
       */
      currency: string;
      /** @example Sewing machine */
      description: string;
    };
    CancelTransferDto: {
      reason?: string;
    };
    CaseAssignmentView: {
      after: components['schemas']['AssigneeView'];
      before: components['schemas']['AssigneeView'];
      /** Format: uuid */
      caseId: string;
      /** @description False when the emails to the new assignees could not be queued (Redis did not answer): the reassignment stands, tell them yourself. */
      notified: boolean;
      /** @example The returnee moved to Lyon. */
      reason: string;
    };
    CaseErasureDto: {
      /**
       * @description The request and its basis, for the audit (where it is masked like every free text).
       * @example Written request received 2026-11-30, identity checked at the office.
       */
      reason: string;
      /**
       * Format: uuid
       * @description The person of the case who asked for the erasure.
       */
      requestedBy: string;
    };
    CaseErasureView: {
      anonymised: components['schemas']['ErasedRowsView'];
      /** Format: uuid */
      caseId: string;
      /** Format: date-time */
      erasedAt: string;
      /** @description The workflow's runs whose history was deleted from Temporal. */
      historiesDeleted: number;
      /** @example RC-2026-000123 */
      reference: string;
      /** Format: uuid */
      requestedBy: string;
      /**
       * @description `ended_now`: the case's workflow still waited for a reopening and was terminated; `had_ended`: it had ended.
       * @enum {string}
       */
      workflow: 'ended_now' | 'had_ended';
    };
    CaseListView: {
      items: components['schemas']['CaseSummaryView'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor?: string | null;
    };
    CaseReasonView: {
      /** @enum {string} */
      code:
        | 'withdrawal_in_progress'
        | 'protection_hold_review'
        | 'protection_hold_lift'
        | 'stranded_decision'
        | 'counselling'
        | 'screening'
        | 'screening_outcome'
        | 'consent_declaration'
        | 'guardian_consent'
        | 'child_consent'
        | 'travel_document'
        | 'best_interests'
        | 'family_assessment'
        | 'trafficking_risk'
        | 'protection_referral'
        | 'fit_to_travel'
        | 'travel_booking'
        | 'closure'
        | 'final_report'
        | 'final_report_validation'
        | 'travel_document_due'
        | 'departure_confirmation'
        | 'arrival_confirmation'
        | 'reintegration_plan_due'
        | 'follow_up_visit'
        | 'deadline'
        | 'protection_requirement'
        | 'declaration_on_file'
        | 'medical_certificate_on_file'
        | 'proof_of_payment_on_file';
      /**
       * @example {
       *       "personId": "…",
       *       "person": "Amina Diallo"
       *     }
       */
      params: {
        [key: string]: string;
      };
    };
    CaseSnapshotView: {
      /**
       * Format: date-time
       * @description By when, if there is a deadline.
       */
      dueAt?: string | null;
      /** @enum {string} */
      stage:
        | 'intake'
        | 'counselling'
        | 'screening'
        | 'consent'
        | 'travel_documents'
        | 'pre_departure'
        | 'booking'
        | 'departure'
        | 'arrival'
        | 'reintegration'
        | 'monitoring'
        | 'closed';
      /** @description Everything the workflow holds about the case: consents, documents, gates, booking, plan, follow-ups. */
      state: {
        [key: string]: unknown;
      };
      /** @description What the case waits for now, in words fit for the reader's role. */
      waitingFor?: string | null;
      /** @description The same as a code with parameters, for translation. */
      waitingReason?: components['schemas']['CaseReasonView'] | null;
    };
    CaseSummaryView: {
      /** @example SN */
      countryOfReturn: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When that is due.
       */
      dueAt?: string | null;
      /** @example PARIS */
      hostOffice: string;
      /** @description Number of people travelling, principal included. */
      householdSize: number;
      /** Format: uuid */
      id: string;
      /** @description Non-refoulement: no consent and no travel while true. Only for the roles that may see protection details (counsellor, supervisor). */
      onProtectionHold?: boolean;
      /** @enum {string|null} */
      outcome?:
        'completed' | 'withdrawn' | 'ineligible' | 'referred_to_protection' | 'not_departed' | 'lost_contact' | null;
      /**
       * Format: uuid
       * @description The partner organisation receiving the household; null when no organisation covers the country.
       */
      partnerOrganisationId: string | null;
      /**
       * @description The principal applicant's name.
       * @example Amina Diallo
       */
      principalName: string;
      /** @example RC-2026-000123 */
      reference: string;
      /** @example Dakar */
      regionOfReturn: string;
      /** @enum {string} */
      stage:
        | 'intake'
        | 'counselling'
        | 'screening'
        | 'consent'
        | 'travel_documents'
        | 'pre_departure'
        | 'booking'
        | 'departure'
        | 'arrival'
        | 'reintegration'
        | 'monitoring'
        | 'closed';
      /**
       * Format: date-time
       * @description When the case entered its current stage.
       */
      stageEnteredAt?: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Flags held by anyone in the household. */
      vulnerabilities: (
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return'
      )[];
      /** @description What the case waits for next, in words fit for the reader's role. */
      waitingFor?: string | null;
      /** @description The same as a code with parameters, for translation. */
      waitingReason?: components['schemas']['CaseReasonView'] | null;
    };
    CaseView: {
      /**
       * Format: date-time
       * @description When its personal data was anonymised (retention, or erasure on request); null while it holds them. An anonymised case takes no further change.
       */
      anonymisedAt: string | null;
      counsellor: components['schemas']['CounsellorView'];
      /** @example SN */
      countryOfReturn: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When that is due.
       */
      dueAt?: string | null;
      /** @example PARIS */
      hostOffice: string;
      /** @description Household members other than the principal. */
      household: components['schemas']['PersonView'][];
      /** @description Number of people travelling, principal included. */
      householdSize: number;
      /** Format: uuid */
      id: string;
      /** @description Non-refoulement: no consent and no travel while true. Only for the roles that may see protection details (counsellor, supervisor). */
      onProtectionHold?: boolean;
      /** @enum {string|null} */
      outcome?:
        'completed' | 'withdrawn' | 'ineligible' | 'referred_to_protection' | 'not_departed' | 'lost_contact' | null;
      partnerOrganisation: components['schemas']['PartnerOrganisationRefView'] | null;
      /**
       * Format: uuid
       * @description The partner organisation receiving the household; null when no organisation covers the country.
       */
      partnerOrganisationId: string | null;
      principal: components['schemas']['PersonView'];
      /**
       * @description The principal applicant's name.
       * @example Amina Diallo
       */
      principalName: string;
      /** @description The workflow's record of the case (consents, documents, gates, booking, plan, follow-ups), as last projected. */
      progress?: {
        [key: string]: unknown;
      } | null;
      /** @example RC-2026-000123 */
      reference: string;
      /** @example Dakar */
      regionOfReturn: string;
      /** @enum {string} */
      stage:
        | 'intake'
        | 'counselling'
        | 'screening'
        | 'consent'
        | 'travel_documents'
        | 'pre_departure'
        | 'booking'
        | 'departure'
        | 'arrival'
        | 'reintegration'
        | 'monitoring'
        | 'closed';
      /**
       * Format: date-time
       * @description When the case entered its current stage.
       */
      stageEnteredAt?: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Flags held by anyone in the household. */
      vulnerabilities: (
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return'
      )[];
      /** @description What the case waits for next, in words fit for the reader's role. */
      waitingFor?: string | null;
      /** @description The same as a code with parameters, for translation. */
      waitingReason?: components['schemas']['CaseReasonView'] | null;
      workflow: components['schemas']['WorkflowView'];
    };
    ChainBreakView: {
      /** @enum {string} */
      reason: 'hash_mismatch' | 'link_mismatch' | 'sequence_gap';
      /** @description The sequence number of the entry, as a string (a bigint). */
      seq: string;
    };
    ChainVerificationView: {
      /** @description Entries checked before the first broken one (all of them when ok). */
      checked: number;
      /** @description The first entry that does not hold, and why. */
      firstBroken?: components['schemas']['ChainBreakView'];
      ok: boolean;
    };
    ChangePasswordDto: {
      /** @description The password signed in with (the temporary one, after a reset). */
      currentPassword: string;
      /** @description 12 to 200 characters, as for a new account; not the current password. */
      newPassword: string;
    };
    ChannelChoiceDto: {
      /** @enum {string} */
      channel: 'email' | 'in_app' | 'both';
      /** @enum {string} */
      kind:
        | 'case_assigned'
        | 'case_alert'
        | 'pre_arrival_notice'
        | 'travel_booked'
        | 'protection_hold_placed'
        | 'case_stranded'
        | 'plan_submitted'
        | 'final_report_submitted'
        | 'final_report_returned'
        | 'booking_cancellation'
        | 'consent_withdrawn'
        | 'withdrawal_completed'
        | 'case_reassigned'
        | 'travel_no_show'
        | 'travel_cancelled'
        | 'case_closed';
    };
    CloseCaseDto: {
      /**
       * @description Withdrawn cases close through the consent withdrawal.
       * @enum {string}
       */
      outcome: 'completed' | 'ineligible' | 'referred_to_protection' | 'not_departed' | 'lost_contact';
      /** @description The final report or the reason. */
      reason: string;
    };
    ConfirmArrivalDto: {
      /**
       * @description When the returnee arrived, with its offset. Refused (date_in_future) when its UTC day is after today's.
       * @example 2026-12-15T16:20:00Z
       */
      arrivedAt: string;
      /** @description Immediate needs noted on arrival. */
      immediateNeeds?: string;
      /** @description Met at the airport. */
      metAtAirport: boolean;
      /** @description Onward transport was provided. */
      onwardTransport: boolean;
      /** @description Required for an unaccompanied child: the guardian who received them. */
      receivingGuardian?: string;
    };
    ConfirmDepartureDto: {
      /**
       * @description When the returnee departed, with its offset. Refused (date_in_future) when its UTC day is after today's.
       * @example 2026-12-15T10:42:00Z
       */
      departedAt: string;
    };
    ConfirmTransferDto: {
      /**
       * @description The bank or provider reference of the transfer.
       * @example CBAO-2026-118822
       */
      providerReference: string;
    };
    ContactAmendmentDto: {
      /** @description Postal address or where the person can be found. */
      address?: string;
      /** @example amina@example.org */
      email?: string;
      /**
       * @description Phone number, international format preferred.
       * @example +33 6 12 34 56 78
       */
      phone?: string;
    };
    ContactDto: {
      /** @description Postal address or where the person can be found. */
      address?: string;
      /**
       * Format: email
       * @example amina@example.org
       */
      email?: string;
      /**
       * @description Phone number, international format preferred.
       * @example +33 6 12 34 56 78
       */
      phone?: string;
    };
    CounsellorDto: {
      /**
       * Format: email
       * @description Where case notifications are sent.
       * @example claire.martin@avrr.example
       */
      email: string;
      /** @example Claire Martin */
      name: string;
    };
    CounsellorOptionView: {
      /** Format: email */
      email: string;
      /** Format: uuid */
      id: string;
      /** @example Claire Martin */
      name: string;
      /**
       * @example [
       *       "PARIS"
       *     ]
       */
      offices: string[];
    };
    CounsellorView: {
      email: string;
      name: string;
    };
    CreateCaseDto: {
      /** @description The counsellor assigned to the case. */
      counsellor: components['schemas']['CounsellorDto'];
      /**
       * @description Country of return, ISO 3166-1 alpha-2.
       * @example SN
       */
      countryOfReturn: string;
      /**
       * @description Code of the host-country office that opens the case.
       * @example PARIS
       */
      hostOffice: string;
      /** @description Family members returning with the principal. */
      household?: components['schemas']['HouseholdMemberDto'][];
      /**
       * Format: uuid
       * @description The partner organisation that will receive the household: one of those covering the country of return (GET /partner-organisations?country=…). May be left out when only one covers it (that one is assigned) or none does (the case has no partner until a supervisor assigns one).
       */
      partnerOrganisationId?: string;
      /** @description The principal applicant; required. */
      principal: components['schemas']['PersonDto'];
      /**
       * @description Region or city of return.
       * @example Dakar
       */
      regionOfReturn: string;
    };
    CreateGrantDto: {
      /** @description The payment schedule. Per currency the tranches add up to the approved plan’s budget lines exactly. */
      tranches: components['schemas']['TrancheDto'][];
    };
    CreateInformationSheetDto: {
      /**
       * @description The text given to the returnee, in Markdown.
       * @example ## At the airport
       *
       *     A member of the partner organisation meets you at arrivals.
       */
      body: string;
      /**
       * @description The country of return (ISO 3166-1 alpha-2).
       * @example SN
       */
      countryOfReturn: string;
      /**
       * @description The language the sheet is written in (ISO 639-1).
       * @example fr
       */
      language: string;
      /** @example Arriving in Dakar: who meets you */
      title: string;
      /** @enum {string} */
      topic: 'reception' | 'reintegration_assistance' | 'health' | 'documents' | 'contacts';
    };
    CreateLinkDto: {
      /** @description Why this opportunity, or what was agreed. */
      note?: string;
      /**
       * @description When it was proposed, YYYY-MM-DD.
       * @example 2027-01-10
       */
      on: string;
      /**
       * Format: uuid
       * @description The opportunity proposed to them.
       */
      opportunityId: string;
      /**
       * Format: uuid
       * @description The returnee (a person of this case).
       */
      personId: string;
    };
    CreateOfficeDto: {
      /**
       * @description Upper-case letters, digits, _ and -.
       * @example PARIS
       */
      code: string;
      /**
       * @description ISO 3166-1 alpha-2 code of the host country.
       * @example FR
       */
      country: string;
      /** @example Paris host office */
      name: string;
    };
    CreateOpportunityDto: {
      /**
       * @description Country of return, ISO 3166-1 alpha-2.
       * @example SN
       */
      country: string;
      /**
       * Format: date
       * @description Last day it takes people, YYYY-MM-DD (open through that day, UTC).
       * @example 2026-12-31
       */
      expiresOn: string;
      /**
       * @description The partner's own id for it, as in their feed.
       * @example CSN-2026-0042
       */
      externalReference: string;
      /**
       * @description ISCO-08 group code, normally a 4-digit unit group; must exist in the ISCO-08 reference data.
       * @example 7231
       */
      iscoCode: string;
      /**
       * @description Required languages, ISO 639-1; none by default.
       * @example [
       *       "fr",
       *       "wo"
       *     ]
       */
      languages?: string[];
      /**
       * @description Minimum ISCED 2011 level, 0 (none) to 8.
       * @example 2
       */
      minIscedLevel: number;
      /**
       * @description The partner organisation that keeps the opportunity (2 to 64 of A-Z, 0-9, _ and -).
       * @example CARITAS-SN
       */
      partnerCode: string;
      /**
       * @description Free places; 0 keeps it listed but out of matching.
       * @example 3
       */
      placesAvailable: number;
      /** @example Dakar */
      region: string;
      /**
       * @description Free skill tags; none by default.
       * @example [
       *       "engine repair",
       *       "diagnostics"
       *     ]
       */
      requiredSkills?: string[];
      /**
       * Format: date
       * @description First day, YYYY-MM-DD; absent or null when it runs continuously.
       * @example 2026-09-01
       */
      startsOn?: string | null;
      /** @example Assistant motor mechanic */
      title: string;
      /** @enum {string} */
      type: 'job' | 'apprenticeship' | 'vocational_training' | 'business_support';
    };
    CreatePartnerOrganisationDto: {
      /**
       * @description Countries of return it receives returnees in.
       * @example [
       *       "SN"
       *     ]
       */
      countries: string[];
      /**
       * Format: email
       * @description The team address for its case emails; without it they go to the organisation's focal points.
       */
      email?: string;
      /** @example Dakar Reintegration Network */
      name: string;
    };
    CreateServiceProviderDto: {
      /** @example +221 33 951 00 00, diop@example.sn */
      contact: string;
      /**
       * @description The country of return it supplies in (ISO 3166-1 alpha-2).
       * @example SN
       */
      country: string;
      /**
       * @description The kind of in-kind assistance it supplies.
       * @enum {string}
       */
      kind:
        | 'equipment'
        | 'training'
        | 'housing'
        | 'health'
        | 'education'
        | 'business_support'
        | 'food'
        | 'transport'
        | 'other';
      /** @example Quincaillerie Diop, Thiès */
      name: string;
    };
    CreateTransferDto: {
      /**
       * @description Integer minor units as a decimal string ("120000" is 1200.00 EUR; XOF has no minor unit). Never a float. At most what is left of the asset.
       * @example 250000
       */
      amountMinor: string;
      /**
       * @description ISO 4217; the asset’s own currency (no conversion here).
       * @example XOF
       * @enum {string}
       */
      currency:
        | 'EUR'
        | 'USD'
        | 'GBP'
        | 'CHF'
        | 'XOF'
        | 'XAF'
        | 'GNF'
        | 'NGN'
        | 'GHS'
        | 'GMD'
        | 'SLE'
        | 'LRD'
        | 'MRU'
        | 'MAD'
        | 'DZD'
        | 'TND'
        | 'LYD'
        | 'EGP'
        | 'SDG'
        | 'ETB'
        | 'ERN'
        | 'IQD'
        | 'AFN'
        | 'PKR'
        | 'BDT';
      /**
       * @description Bank account (bank, accountNumber, holder), mobile money (operator, number) or cash pickup (agent, place): each of its kind's fields as text (at most 200 characters), and no other; a 400 names each field missing or unknown.
       * @example {
       *       "bank": "CBAO",
       *       "accountNumber": "SN08 SN01 0015 2000 0000 0000 0001",
       *       "holder": "Awa Ndiaye"
       *     }
       */
      destination: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      destinationKind: 'bank_account' | 'mobile_money' | 'cash_pickup';
    };
    CreateUserDto: {
      /** @example Claire Martin */
      displayName: string;
      /**
       * Format: email
       * @example claire.martin@avrr.example
       */
      email: string;
      /**
       * @description Offices of a counsellor, logistics officer or supervisor.
       * @example [
       *       "PARIS"
       *     ]
       */
      offices?: string[];
      /**
       * Format: uuid
       * @description The organisation of a partner focal point.
       */
      partnerOrganisationId?: string | null;
      /** @description 12 to 200 characters. */
      password: string;
      /** @enum {string} */
      role?:
        'counsellor' | 'logistics_officer' | 'partner_focal_point' | 'supervisor' | 'finance_officer' | 'administrator';
    };
    DeadLetterView: {
      attemptsMade: number;
      caseId: string;
      /** Format: date-time */
      failedAt: string;
      failedReason: string;
      /** @description The notification key; also its job id in the notifications queue. */
      id: string;
      template: string;
      /** @description The address; for a job not yet resolved to people, its audience; for a person, `user <id>`. */
      to: string;
    };
    DecideStrandedDto: {
      /**
       * @description Retry the consulate, try another route, or close the case as not departed.
       * @enum {string}
       */
      decision: 'retry' | 'another_route' | 'close';
      /** @description What was decided and why. */
      note: string;
    };
    DeclareAssetDto: {
      /**
       * @description Integer minor units as a decimal string ("120000" is 1200.00 EUR; XOF has no minor unit). Never a float.
       * @example 120000
       */
      amountMinor: string;
      /**
       * @description ISO 4217.
       * @example EUR
       * @enum {string}
       */
      currency:
        | 'EUR'
        | 'USD'
        | 'GBP'
        | 'CHF'
        | 'XOF'
        | 'XAF'
        | 'GNF'
        | 'NGN'
        | 'GHS'
        | 'GMD'
        | 'SLE'
        | 'LRD'
        | 'MRU'
        | 'MAD'
        | 'DZD'
        | 'TND'
        | 'LYD'
        | 'EGP'
        | 'SDG'
        | 'ETB'
        | 'ERN'
        | 'IQD'
        | 'AFN'
        | 'PKR'
        | 'BDT';
      /** @description Who owes the wages; required for wages owed. */
      employer?: string;
      /** @description References of the evidence documents (payslips, bank statement). */
      evidenceDocuments?: string[];
      /** @enum {string} */
      kind: 'bank_savings' | 'wages_owed' | 'deposit' | 'belongings';
      /**
       * Format: uuid
       * @description The household member the asset belongs to.
       */
      personId: string;
    };
    DeliveredLineDto: {
      /**
       * @description The budget line's position in its component, from 0.
       * @example 0
       */
      budgetLine: number;
      /**
       * @description The plan component's position in the approved plan, from 0.
       * @example 0
       */
      component: number;
      /**
       * @description ISO 4217; the budget line's own currency.
       * @example XOF
       */
      currency: string;
      /**
       * @description What was delivered, in integer minor units of the budget line currency (0: nothing).
       * @example 145000
       */
      deliveredMinor: number;
      invoices: components['schemas']['FinalReportInvoiceDto'][];
      /** @description What differs from the plan, and why. */
      note?: string;
      /** @description Files of kind `proof_of_payment` in this case file. A delivery needs a proof or an invoice. */
      proofDocumentIds: string[];
    };
    DimensionScoreView: {
      /**
       * @description Rounded to 3 decimals, for display.
       * @example 0.613
       */
      display: number;
      /**
       * @description Full precision, in [0, 1].
       * @example 0.6125
       */
      score: number;
    };
    DocumentUploaderView: {
      /** Format: uuid */
      id: string;
      name: string;
      role: string;
    };
    DocumentView: {
      /** Format: uuid */
      caseId: string;
      fileName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'signed_declaration'
        | 'travel_document'
        | 'medical_certificate'
        | 'best_interests_determination'
        | 'proof_of_payment'
        | 'invoice'
        | 'asset_photo';
      /** @description Sniffed from the content, never taken from the client. */
      mediaType: string;
      /** Format: uuid */
      personId: string | null;
      /** @description A medical certificate or a best-interests determination. */
      sensitive: boolean;
      /** @description SHA-256 of the content, hex. */
      sha256: string;
      sizeBytes: number;
      /** Format: date-time */
      uploadedAt: string;
      uploadedBy: components['schemas']['DocumentUploaderView'];
      withdrawn?: components['schemas']['DocumentWithdrawalView'] | null;
    };
    DocumentWithdrawalView: {
      /** Format: date-time */
      at: string;
      /** @description Who withdrew it. */
      by: string;
    };
    DuplicateDecisionDto: {
      /**
       * @description Confirmed links the two cases; dismissed stops showing the match.
       * @enum {string}
       */
      decision: 'confirmed' | 'dismissed';
      /**
       * Format: uuid
       * @description The person of the other case, as the possible-duplicates list gave it.
       */
      otherPersonId: string;
      /**
       * Format: uuid
       * @description The person of this case.
       */
      personId: string;
    };
    DuplicateDecisionView: {
      decidedAt: string;
      /** @enum {string} */
      decision: 'confirmed' | 'dismissed';
      /** Format: uuid */
      otherCaseId: string;
      /** Format: uuid */
      otherPersonId: string;
      /** Format: uuid */
      personId: string;
      score: number;
    };
    DuplicateOtherPersonView: {
      /** Format: uuid */
      caseId: string;
      /** Format: date */
      dateOfBirth: string;
      familyName: string;
      givenNames: string;
      nationality: string;
      /** Format: uuid */
      personId: string;
      reference: string;
    };
    ElsewhereMatchView: {
      /** @description The office holding the other case. */
      askOffice: string;
      /** Format: uuid */
      personId: string;
    };
    ErasedRowsView: {
      assetTransfers: number;
      declaredAssets: number;
      /** @description Identity documents whose number was removed. */
      documents: number;
      /** @description Uploaded files, removed with their content. */
      files: number;
      opportunityLinks: number;
      people: number;
      skillsProfiles: number;
      timelineEvents: number;
    };
    ErrorBody: {
      /**
       * @description A stable code for programs, e.g. `case_not_found`.
       * @example case_not_found
       */
      code?: string;
      /** @description Facts about a refusal, for people. */
      details?: {
        [key: string]: unknown;
      };
      /**
       * @description The HTTP reason phrase.
       * @example Conflict
       */
      error: string;
      /** @description What went wrong, in words for a person. */
      message: string;
      /** @description A refusal's reasons as codes with parameters, for translation. */
      reasons?: {
        [key: string]: unknown;
      }[];
      /** @description Quote it when reporting a problem. */
      requestId?: string;
      /** @example 409 */
      statusCode: number;
      /** @description For a refused request: each field and why. */
      violations?: {
        field: string;
        reason: string;
      }[];
    };
    EscortDto: {
      /** @description Household members this escort accompanies. */
      forPersonIds: string[];
      /** @enum {string} */
      kind: 'medical' | 'child' | 'security' | 'general';
      /** @example Dr Marie Faye */
      name: string;
    };
    ExclusionDto: {
      /** Format: uuid */
      personId: string;
      /** @description Why this household member does not travel on this itinerary. */
      reason: string;
    };
    FailTransferDto: {
      /** @example Account number rejected by the receiving bank */
      reason: string;
    };
    FinalReportInvoiceDto: {
      /**
       * @description The invoiced amount in integer minor units (no decimals).
       * @example 120000
       */
      amountMinor: number;
      /**
       * Format: uuid
       * @description A file of kind `invoice` in this case file.
       */
      documentId: string;
      /**
       * Format: uuid
       * @description The supplier: a service provider of the case's country of return (GET /service-providers).
       */
      providerId?: string;
    };
    FinanceWorkItemView: {
      /**
       * @description Integer minor units as a string.
       * @example 150000
       */
      amountMinor: string;
      /** Format: uuid */
      caseId: string;
      /** @example RC-2026-000123 */
      caseReference: string;
      /** @example XOF */
      currency: string;
      /**
       * Format: uuid
       * @description The asset, transfer or tranche.
       */
      itemId: string;
      /**
       * @description verify_asset: a declared asset to verify; initiate_transfer, confirm_transfer, retry_transfer: a pending, initiated or failed transfer; pay_tranche: a released grant tranche to pay.
       * @enum {string}
       */
      kind: 'verify_asset' | 'initiate_transfer' | 'confirm_transfer' | 'retry_transfer' | 'pay_tranche';
      /**
       * Format: date-time
       * @description When it started waiting.
       */
      since: string;
    };
    FinanceWorkView: {
      items: components['schemas']['FinanceWorkItemView'][];
      /** @description Pass as `cursor` for the next page. */
      nextCursor?: string | null;
    };
    GivenSheetDto: {
      /**
       * Format: uuid
       * @description The sheet (GET /information-sheets?country=…&language=…).
       */
      sheetId: string;
      /**
       * @description The version given: it must exist.
       * @example 2
       */
      version: number;
    };
    GrantAmountView: {
      /** @description Integer minor units as a string. */
      amountMinor: string;
      currency: string;
    };
    GrantView: {
      /** @description The approved plan’s budget per currency (the sum of the tranches). */
      budget: components['schemas']['GrantAmountView'][];
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      createdBy: string;
      /** Format: uuid */
      id: string;
      payments: components['schemas']['TranchePaymentView'][];
      tranches: components['schemas']['TrancheView'][];
    };
    HeldDocumentDto: {
      /**
       * @description Expiry date, YYYY-MM-DD.
       * @example 2029-05-31
       */
      expiresOn?: string;
      /**
       * @description Issuing country, ISO 3166-1 alpha-2.
       * @example SN
       */
      issuingCountry: string;
      /** @description Document number as printed. */
      number?: string;
      /**
       * @description Kind of document the person holds.
       * @enum {string}
       */
      type:
        | 'passport'
        | 'national_id'
        | 'birth_certificate'
        | 'residence_permit'
        | 'emergency_travel_document'
        | 'laissez_passer'
        | 'other';
    };
    HeldOccupationDto: {
      /**
       * @description ISCO-08 unit group (4 digits; keep a leading zero). Find it with GET /occupations/search.
       * @example 7231
       */
      iscoCode: string;
      /**
       * @description Years of experience in it, 0 to 60, at most one decimal (0.5 for six months).
       * @example 6
       */
      years: number;
    };
    HouseholdMemberDto: {
      contact?: components['schemas']['ContactDto'];
      /**
       * @description Date of birth, YYYY-MM-DD, a day of the family's time zone: not after the latest day anywhere (UTC+14).
       * @example 1988-04-12
       */
      dateOfBirth: string;
      /** @description Identity and travel documents held. */
      documents?: components['schemas']['HeldDocumentDto'][];
      /** @example Diallo */
      familyName: string;
      /** @example Amina */
      givenNames: string;
      /**
       * @description Languages the person understands, ISO 639-1, preferred first.
       * @example [
       *       "fr",
       *       "wo"
       *     ]
       */
      languages: string[];
      /**
       * @description Nationality, ISO 3166-1 alpha-2.
       * @example SN
       */
      nationality: string;
      /**
       * @description Relationship to the principal applicant.
       * @enum {string}
       */
      relationship:
        | 'spouse'
        | 'partner'
        | 'child'
        | 'parent'
        | 'sibling'
        | 'grandparent'
        | 'grandchild'
        | 'other_relative'
        | 'other';
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      /** @description This person's vulnerability flags. */
      vulnerabilities?: (
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return'
      )[];
    };
    ImportAccepted: {
      /** @description New opportunities. */
      created: number;
      total: number;
      /** @description Existing ones sent again exactly as they are: left alone. */
      unchanged: number;
      /** @description Existing ones (same partner and externalReference) with a field changed. */
      updated: number;
    };
    ImportRejection: {
      externalReference?: string;
      /** @description The data row, from 1 (a CSV header is not counted; the first JSON element is row 1). */
      row: number;
      violations: components['schemas']['ImportViolation'][];
    };
    ImportViolation: {
      /** @example iscoCode */
      field: string;
      /** @example 9999 is not an ISCO-08 group */
      reason: string;
    };
    InboxItemView: {
      /** @description The case it is about (null once the case is gone). */
      caseId: string | null;
      createdAt: string;
      /** @description The notification's words, rendered by the catalogue in the reader's language. */
      data: {
        [key: string]: string;
      };
      id: string;
      /** @enum {string} */
      kind:
        | 'case_assigned'
        | 'case_alert'
        | 'pre_arrival_notice'
        | 'travel_booked'
        | 'protection_hold_placed'
        | 'case_stranded'
        | 'plan_submitted'
        | 'final_report_submitted'
        | 'final_report_returned'
        | 'booking_cancellation'
        | 'consent_withdrawn'
        | 'withdrawal_completed'
        | 'case_reassigned'
        | 'travel_no_show'
        | 'travel_cancelled'
        | 'case_closed';
      readAt: string | null;
    };
    InboxView: {
      /** @description Newest first. */
      items: components['schemas']['InboxItemView'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
      /** @description Unread notifications, on all pages. */
      unread: number;
    };
    InformationSheetDetailView: {
      /** @example SN */
      countryOfReturn: string;
      /** Format: uuid */
      id: string;
      /** @example fr */
      language: string;
      /** @description The newest version: the one to give now. */
      latestVersion: number;
      /** Format: date-time */
      publishedAt: string;
      /** @description Who published the newest version. */
      publishedBy: string;
      /** @description The newest version's title. */
      title: string;
      /** @enum {string} */
      topic: 'reception' | 'reintegration_assistance' | 'health' | 'documents' | 'contacts';
      /** @description Every version, newest first; none is ever removed. */
      versions: components['schemas']['InformationSheetVersionView'][];
    };
    InformationSheetVersionView: {
      /** @description Markdown. */
      body: string;
      /** @example SN */
      countryOfReturn: string;
      /** @example fr */
      language: string;
      /** Format: date-time */
      publishedAt: string;
      publishedBy: string;
      /** Format: uuid */
      sheetId: string;
      title: string;
      /** @enum {string} */
      topic: 'reception' | 'reintegration_assistance' | 'health' | 'documents' | 'contacts';
      /** @example 2 */
      version: number;
    };
    InformationSheetView: {
      /** @example SN */
      countryOfReturn: string;
      /** Format: uuid */
      id: string;
      /** @example fr */
      language: string;
      /** @description The newest version: the one to give now. */
      latestVersion: number;
      /** Format: date-time */
      publishedAt: string;
      /** @description Who published the newest version. */
      publishedBy: string;
      /** @description The newest version's title. */
      title: string;
      /** @enum {string} */
      topic: 'reception' | 'reintegration_assistance' | 'health' | 'documents' | 'contacts';
    };
    IscoGroupDetailView: {
      /** @description The groups above it, from the major group down. */
      ancestors: components['schemas']['IscoGroupView'][];
      /** @example 723 */
      code: string;
      /** @enum {string} */
      level: 'major' | 'sub_major' | 'minor' | 'unit';
      /** @example 72 */
      parentCode: string | null;
      /** @example Machinery mechanics and repairers */
      title: string;
    };
    IscoGroupView: {
      /** @example 723 */
      code: string;
      /** @enum {string} */
      level: 'major' | 'sub_major' | 'minor' | 'unit';
      /** @example 72 */
      parentCode: string | null;
      /** @example Machinery mechanics and repairers */
      title: string;
    };
    IssueTravelDocumentDto: {
      /** @enum {string} */
      documentType: 'passport' | 'emergency_travel_document' | 'laissez_passer';
      /**
       * @description Expiry date, YYYY-MM-DD; must be in the future.
       * @example 2027-02-28
       */
      expiresOn: string;
      /** @example ETD-2026-4411 */
      number: string;
      /** Format: uuid */
      personId: string;
    };
    LinkedCaseView: {
      /** Format: uuid */
      caseId: string;
      /** Format: uuid */
      otherPersonId: string;
      /** Format: uuid */
      personId: string;
    };
    LinkStepDto: {
      note?: string;
      /**
       * @description When it happened, YYYY-MM-DD; not before the previous step.
       * @example 2027-01-20
       */
      on: string;
      /**
       * @description proposed → referred → interview → placed; declined at any point before placement.
       * @enum {string}
       */
      status: 'referred' | 'interview' | 'placed' | 'declined';
    };
    LinkStepView: {
      note?: string | null;
      on: string;
      /** @enum {string} */
      status: 'proposed' | 'referred' | 'interview' | 'placed' | 'declined';
    };
    LinkView: {
      history: components['schemas']['LinkStepView'][];
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      opportunityId: string;
      /** Format: uuid */
      personId: string;
      /** @enum {string} */
      status: 'proposed' | 'referred' | 'interview' | 'placed' | 'declined';
      version: number;
    };
    LoginDto: {
      /**
       * Format: email
       * @example counsellor@demo.avrr.example
       */
      email: string;
      /** @example demo-password-1 */
      password: string;
    };
    MarkedReadView: {
      /** @description How many notifications this marked read. */
      marked: number;
      /** @description Unread notifications left. */
      unread: number;
    };
    MatchComponentView: {
      /** @enum {string} */
      component: 'occupation' | 'skills' | 'education' | 'languages' | 'region' | 'type';
      /** @description weight × value; the contributions add up to the score. */
      contribution: number;
      /** @description The reason, in English words a partner understands. */
      explanation: string;
      /** @description The same as a code with parameters, to translate. */
      reason: components['schemas']['MatchExplanationReasonView'];
      /** @description How well this component matches, 0 to 1. */
      value: number;
      /** @description Its weight in the score (configuration). */
      weight: number;
    };
    MatchExplanationReasonView: {
      /** @enum {string} */
      code:
        | 'occupation_none_recorded'
        | 'occupation_unrelated'
        | 'occupation_same_group'
        | 'occupation_closely_related'
        | 'occupation_related'
        | 'occupation_same_field'
        | 'skills_none_required'
        | 'skills_all'
        | 'skills_some'
        | 'skills_none'
        | 'education_none_required'
        | 'education_meets'
        | 'education_one_below'
        | 'education_below'
        | 'languages_none_required'
        | 'languages_all'
        | 'languages_some'
        | 'languages_none'
        | 'region_no_preference'
        | 'region_preferred'
        | 'region_elsewhere'
        | 'type_fits'
        | 'type_does_not_fit';
      /**
       * @description Strings, and lists (skills, languages) to join in the reader's language. ISCO-08 codes come with their title when known (`groupTitle`, `heldTitle`, `sharedTitle`); `years` is a decimal number, `credit` a percentage.
       * @example {
       *       "group": "7231",
       *       "groupTitle": "Motor vehicle mechanics and repairers",
       *       "years": "6",
       *       "credit": "100"
       *     }
       */
      params: {
        [key: string]: string | string[];
      };
    };
    MatchView: {
      breakdown: components['schemas']['MatchComponentView'][];
      /** @description The opportunity (for a returnee) or the person (for an opportunity). */
      id: string;
      /** @description Title of the opportunity, or name of the returnee. */
      label: string;
      /** @description Score from 0 to 1, rounded to 3 decimals. */
      score: number;
    };
    NotificationPreferencesDto: {
      /** @description How each kind reaches you; a kind left out comes by email and in the inbox. */
      channels: components['schemas']['ChannelChoiceDto'][];
      /** @description One email a day with the cases that wait on you. */
      digest: boolean;
      /**
       * @description The language of your emails.
       * @enum {string}
       */
      emailLanguage: 'en' | 'fr' | 'ar';
    };
    NotTravellingDto: {
      /**
       * @description Why this member does not travel; kept on the case and used as their exclusion from the booking.
       * @example stays in France to finish his work contract
       */
      reason: string;
    };
    OccupationSearchView: {
      /** @description Best first; equal scores by code. */
      items: components['schemas']['OccupationSuggestionView'][];
      /** @example car mechanic */
      query: string;
    };
    OccupationSuggestionView: {
      /**
       * @description ISCO-08 unit group code.
       * @example 7231
       */
      code: string;
      /**
       * @description The occupational title of the index (or the group title) that matched best.
       * @example Mechanic, motor vehicle
       */
      matchedTitle: string;
      /**
       * @description Relevance; higher is better. Only comparable within one answer.
       * @example 1.51
       */
      score: number;
      /**
       * @description The unit group title.
       * @example Motor vehicle mechanics and repairers
       */
      title: string;
    };
    OfficeOptionView: {
      /** @example LYON */
      code: string;
      /** @example Lyon */
      name: string;
    };
    OfficeView: {
      /** @example PARIS */
      code: string;
      /**
       * @description ISO 3166-1 alpha-2.
       * @example FR
       */
      country: string;
      /** Format: date-time */
      createdAt: string;
      name: string;
    };
    OpportunityImportAccepted: {
      /**
       * Format: uuid
       * @description The import id.
       */
      id: string;
      /** @example /opportunities/imports/0b6f… */
      statusUrl: string;
    };
    OpportunityImportReportView: {
      accepted: components['schemas']['ImportAccepted'];
      /** Format: date-time */
      finishedAt: string;
      /** @enum {string} */
      format: 'csv' | 'json';
      partnerCode: string;
      rejected: components['schemas']['ImportRejection'][];
      /** @description Data rows read. */
      rows: number;
    };
    OpportunityImportView: {
      /** @description When failed: why the feed could not be imported at all. */
      error?: string;
      /** @enum {string} */
      format: 'csv' | 'json';
      /** Format: uuid */
      id: string;
      partnerCode: string;
      /** @description Share of the rows processed, in percent. */
      progress: number;
      /** @description When completed. */
      report?: components['schemas']['OpportunityImportReportView'];
      /** Format: date-time */
      requestedAt: string;
      /**
       * @description completed: the report is there; failed: the feed could not be read, see `error`.
       * @enum {string}
       */
      state: 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'prioritized' | 'waiting-children' | 'unknown';
    };
    OpportunityListView: {
      items: components['schemas']['OpportunityView'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor?: string | null;
    };
    OpportunityView: {
      /** @example SN */
      country: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      expiresOn: string;
      /** @example CSN-2026-0042 */
      externalReference: string;
      /** Format: uuid */
      id: string;
      /** @example 7231 */
      iscoCode: string;
      /**
       * @example [
       *       "fr"
       *     ]
       */
      languages: string[];
      minIscedLevel: number;
      /** @description Free places and not expired today (UTC): what matching proposes. */
      open: boolean;
      /** @example CARITAS-SN */
      partnerCode: string;
      placesAvailable: number;
      /** @example Dakar */
      region: string;
      requiredSkills: string[];
      /** Format: date */
      startsOn?: string | null;
      /** @example Assistant motor mechanic */
      title: string;
      /** @enum {string} */
      type: 'job' | 'apprenticeship' | 'vocational_training' | 'business_support';
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back in If-Match (or as `version`) to change or withdraw it. */
      version: number;
    };
    OutcomeRowView: {
      /** @example SN */
      countryOfReturn: string;
      /**
       * @description Mean of each surveyed case's latest composite sustainability score (highest visit number), 0 to 1, rounded to 3 decimals; null when no case was surveyed.
       * @example 0.625
       */
      meanLatestComposite: number | null;
      /**
       * @description The period of arrival: 2026-03 (month), 2026-Q1, or 2026.
       * @example 2026-Q1
       */
      period: string;
      /** @description Links of those cases' people to opportunities whose last step is placed (two placements count two). */
      placements: number;
      /** @description Of those, the cases closed with the outcome completed (reintegration completed). */
      reintegrationCompleted: number;
      /** @description Cases whose arrival in the country of return was recorded in the period. */
      returned: number;
      /** @description Of those, the cases with at least one follow-up survey. */
      surveyed: number;
      /**
       * @description `all`: every case of the country and period. A flag: the cases whose household holds it (a case with two flags counts under both). `none`: the cases whose household holds no flag the reader may see.
       * @enum {string}
       */
      vulnerability:
        | 'all'
        | 'none'
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return';
    };
    OverdueView: {
      /** Format: uuid */
      caseId: string;
      countryOfReturn: string;
      daysOverdue: number;
      /** Format: date-time */
      dueAt: string;
      reference: string;
      /** @description What is overdue: the plan or a follow-up visit. */
      waitingFor?: string | null;
    };
    PartnerOrganisationOptionView: {
      /**
       * @description Countries of return it covers.
       * @example [
       *       "SN",
       *       "ML"
       *     ]
       */
      countries: string[];
      /** Format: uuid */
      id: string;
      /** @example West Africa Reintegration Network */
      name: string;
    };
    PartnerOrganisationRefView: {
      /** Format: uuid */
      id: string;
      /** @example West Africa Reintegration Network */
      name: string;
    };
    PartnerOrganisationView: {
      /** @description The countries of return it covers (ISO 3166-1 alpha-2). */
      countries: string[];
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: email
       * @description The team address for its case emails; null when they go to the organisation's focal points.
       */
      email: string | null;
      /** Format: uuid */
      id: string;
      name: string;
    };
    PayTrancheDto: {
      /**
       * @description A paper kept outside the case file, by reference (older payments); proofDocumentId names one inside it.
       * @example doc:receipt-55120.pdf
       */
      proofDocument?: string;
      /**
       * Format: uuid
       * @description The proof of payment filed in the case file (POST /cases/:id/documents, kind proof_of_payment). Required while the programme requires proofs (REQUIRE_PROOF_OF_PAYMENT, on by default): without it the payment is refused with 409 evidence_missing.
       */
      proofDocumentId?: string;
      /**
       * @description The proof of payment: the bank, mobile-money or receipt reference.
       * @example WAVE-TX-2027-55120
       */
      proofReference: string;
    };
    PersonDto: {
      contact?: components['schemas']['ContactDto'];
      /**
       * @description Date of birth, YYYY-MM-DD, a day of the family's time zone: not after the latest day anywhere (UTC+14).
       * @example 1988-04-12
       */
      dateOfBirth: string;
      /** @description Identity and travel documents held. */
      documents?: components['schemas']['HeldDocumentDto'][];
      /** @example Diallo */
      familyName: string;
      /** @example Amina */
      givenNames: string;
      /**
       * @description Languages the person understands, ISO 639-1, preferred first.
       * @example [
       *       "fr",
       *       "wo"
       *     ]
       */
      languages: string[];
      /**
       * @description Nationality, ISO 3166-1 alpha-2.
       * @example SN
       */
      nationality: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      /** @description This person's vulnerability flags. */
      vulnerabilities?: (
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return'
      )[];
    };
    PersonView: {
      contact?: components['schemas']['ContactDto'];
      /**
       * @description Date of birth, YYYY-MM-DD, a day of the family's time zone: not after the latest day anywhere (UTC+14).
       * @example 1988-04-12
       */
      dateOfBirth: string;
      /** @description Identity and travel documents held. */
      documents: components['schemas']['HeldDocumentDto'][];
      /** @example Diallo */
      familyName: string;
      /** @example Amina */
      givenNames: string;
      /** Format: uuid */
      id: string;
      /**
       * @description Languages the person understands, ISO 639-1, preferred first.
       * @example [
       *       "fr",
       *       "wo"
       *     ]
       */
      languages: string[];
      /**
       * @description Nationality, ISO 3166-1 alpha-2.
       * @example SN
       */
      nationality: string;
      /** @description Relationship to the principal; absent for the principal. */
      relationship?: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      /** @description This person's vulnerability flags. */
      vulnerabilities: (
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return'
      )[];
    };
    PlacementsByTypeView: {
      /** @description Links whose last step is declined. */
      declined: number;
      /** @description Links still open: proposed, referred or interview. */
      open: number;
      /** @description Links whose last step is placed. */
      placed: number;
      /** @enum {string} */
      type: 'job' | 'apprenticeship' | 'vocational_training' | 'business_support';
    };
    PlanComponentDto: {
      budgetLines: components['schemas']['BudgetLineDto'][];
      /** @example Start a tailoring business in Thiès */
      description: string;
      /** @enum {string} */
      dimension: 'economic' | 'social' | 'psychosocial';
    };
    PossibleDuplicatesView: {
      elsewhere: components['schemas']['ElsewhereMatchView'][];
      /** @description Cases linked by a confirmed match. */
      linkedCases: components['schemas']['LinkedCaseView'][];
      matches: components['schemas']['PossibleDuplicateView'][];
    };
    PossibleDuplicateView: {
      /** @enum {string} */
      decision: 'open' | 'confirmed' | 'dismissed';
      other: components['schemas']['DuplicateOtherPersonView'];
      /** Format: uuid */
      personId: string;
      reasons: string[];
      /** @description 0..1 */
      score: number;
    };
    PublishSheetVersionDto: {
      /**
       * @description The text given to the returnee, in Markdown.
       * @example ## At the airport
       *
       *     A member of the partner organisation meets you at arrivals.
       */
      body: string;
      /** @example Arriving in Dakar: who meets you */
      title: string;
    };
    PutSkillsProfileDto: {
      drivingLicence?: boolean | null;
      /** @description ISCED 2011 level, 0 (early childhood) to 8 (doctoral). */
      iscedLevel?: number | null;
      /**
       * @description ISO 639-1 codes. Default: none.
       * @example [
       *       "fr",
       *       "wo"
       *     ]
       */
      languages?: string[];
      /**
       * @description Time spent abroad, in whole months.
       * @example 30
       */
      monthsAbroad?: number | null;
      /** @description Occupations held, each ISCO-08 unit group once. Default: none. */
      occupations?: components['schemas']['HeldOccupationDto'][];
      /**
       * @description Where the person wants to settle and work.
       * @example Thiès
       */
      preferredRegion?: string | null;
      /**
       * @description Free tags. Default: none.
       * @example [
       *       "welding",
       *       "car electrics"
       *     ]
       */
      skills?: string[];
      /**
       * @description What the person wants: a job, training or their own business.
       * @enum {string|null}
       */
      wants?: 'job' | 'training' | 'business' | null;
    };
    ReasonDto: {
      /** @description Why, in a sentence that will stay on the case timeline. */
      reason: string;
    };
    ReassignCaseDto: {
      /**
       * Format: uuid
       * @description A counsellor's user id (an active counsellor account working at the case's office, after any transfer).
       */
      counsellorId?: string;
      /**
       * @description Transfer the case to this office. Its counsellor must work there (give `counsellorId` if not).
       * @example LYON
       */
      hostOffice?: string;
      /**
       * Format: uuid
       * @description A partner organisation covering the country of return.
       */
      partnerOrganisationId?: string;
      /**
       * @description Why, for the timeline and the audit. Host-office staff read it (partners see only that the case moved): write no protection detail here.
       * @example The returnee moved to Lyon.
       */
      reason: string;
    };
    ReconciliationExportView: {
      cases?: number;
      countryOfReturn?: string | null;
      /** @description Where to download the CSV once completed. */
      downloadUrl?: string;
      error?: string;
      from: string;
      hostOffice: string;
      /** Format: uuid */
      id: string;
      /** @description Percent of the cases read, 0 to 100. */
      progress: number;
      requestedAt: string;
      rows?: number;
      /** @enum {string} */
      state: 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'prioritized' | 'waiting-children' | 'unknown';
      /** @description Every total ties to the ledger. */
      ties?: boolean;
      to: string;
      totals?: components['schemas']['ReconciliationTotalView'][];
    };
    ReconciliationTotalView: {
      /** @description Integer minor units as a string. */
      amountMinor: string;
      count: number;
      currency: string;
      /** @enum {string} */
      item: 'asset_transfer' | 'grant_tranche';
      /** @description The account this status ties to (assets-paid-out, grant-in-transit, grant-paid-out), or null when nothing stays posted. */
      ledgerAccount?: string | null;
      /** @description What the ledger holds for these items, integer minor units as a string. */
      ledgerAmountMinor: string;
      status: string;
      ties: boolean;
    };
    RecordBestInterestsDto: {
      /** @example 2026-11-25 */
      decidedOn: string;
      /** @enum {string} */
      decision: 'approved' | 'rejected';
      /**
       * Format: uuid
       * @description The unaccompanied or separated child.
       */
      personId: string;
    };
    RecordCounsellingDto: {
      /** @description The situation in the country of return was explained. */
      countryInformationProvided: boolean;
      /**
       * @description When the session was held, YYYY-MM-DD, a day of the caller's time zone: not after the latest day anywhere (UTC+14).
       * @example 2026-11-20
       */
      heldOn: string;
      /** @description The person confirmed they understood and chose freely. */
      informedChoiceConfirmed: boolean;
      /**
       * @description Interpreter, if one was used.
       * @example Ousmane Sy
       */
      interpreter?: string;
      /**
       * @description Language of the session, ISO 639-1.
       * @example fr
       */
      language: string;
      /** @description Options explained: counselling is complete once legal stay, onward migration and return were all covered. */
      optionsDiscussed: ('legal_stay' | 'onward_migration' | 'return')[];
    };
    RecordFamilyAssessmentDto: {
      /** @example 2026-11-24 */
      assessedOn: string;
      /**
       * @description Whether the family can safely receive the child.
       * @enum {string}
       */
      outcome: 'positive' | 'negative';
      /**
       * Format: uuid
       * @description The unaccompanied or separated child.
       */
      personId: string;
      /** @description Who will receive the child. */
      receivingGuardian?: string;
    };
    RecordFollowUpDto: {
      /** @description What the visit found. */
      notes: string;
      /**
       * @description Date of the visit, YYYY-MM-DD.
       * @example 2027-03-15
       */
      visitedOn: string;
    };
    RecordMedicalClearanceDto: {
      /**
       * @description The certificate must be valid on the travel date.
       * @example 2026-12-31
       */
      certificateValidUntil: string;
      /** @description The certificate requires a medical escort. */
      escortRequired: boolean;
      /** @description The doctor found the person fit to travel. */
      fitToTravel: boolean;
      /** Format: uuid */
      personId: string;
    };
    RecordMilestoneDto: {
      /**
       * @description When, YYYY-MM-DD, a day of the caller's time zone: not after the latest day anywhere (UTC+14).
       * @example 2027-02-01
       */
      achievedOn: string;
      /**
       * @description What was achieved.
       * @enum {string}
       */
      kind:
        | 'plan_agreed'
        | 'assistance_delivered'
        | 'training_completed'
        | 'job_placement'
        | 'business_started'
        | 'follow_up_visit';
      /** @description Details a colleague needs, e.g. the employer or the training centre. */
      note?: string;
      /**
       * Format: uuid
       * @description The household member it concerns, if one.
       */
      personId?: string;
    };
    RecordPreDepartureInformationDto: {
      /**
       * @description The day the returnee acknowledged them, in the caller's time zone: not after the latest day anywhere (UTC+14).
       * @example 2026-03-02
       */
      acknowledgedOn: string;
      /**
       * @description The language the sheets were given in (ISO 639-1); every sheet is in it.
       * @example fr
       */
      language: string;
      /**
       * Format: uuid
       * @description The household member who acknowledged the sheets.
       */
      personId: string;
      /** @description The sheets given, each at most once, all for the case's country of return (topics: reception, reintegration_assistance, health, documents, contacts). */
      sheets: components['schemas']['GivenSheetDto'][];
    };
    RecordProtectionReferralDto: {
      /** Format: uuid */
      personId: string;
      /** @example 2026-11-26 */
      referredOn: string;
      /**
       * @description The protection service in the country of return.
       * @example Centre Ginddi, Dakar
       */
      service: string;
    };
    RecordReferralFollowUpDto: {
      /** @example 2026-03-20 */
      heldOn: string;
      /** @example Housed at the shelter; legal aid appointment on 25 March. */
      note: string;
    };
    RecordReferralResponseDto: {
      note?: string | null;
      /**
       * @description The day the service answered, in the partner's time zone: not after the latest day anywhere (date_in_future), nor before the referral's day furthest west (response_before_referral).
       * @example 2026-03-05
       */
      respondedOn: string;
      /** @enum {string} */
      response: 'accepted' | 'declined';
    };
    RecordScreeningDto: {
      /** @description An asylum claim is pending: the case goes on protection hold. */
      asylumClaimPending: boolean;
      /** @description Meets the programme criteria (and the destination is not suspended). */
      eligible: boolean;
      /** @description The person fears persecution or serious harm on return: protection hold. */
      fearOfReturn: boolean;
      /** @description Why not, when not eligible. */
      ineligibilityReason?: string;
      /** @description Any other protection concern, in words: protection hold. */
      protectionConcern?: string;
    };
    RecordSurveyDto: {
      /**
       * @description The chosen option code per indicator of questionnaire rss-2017-v1; an indicator left out or null is not answered. Missing answers renormalise the weights within their dimension; a dimension with more than the weight set's allowed share missing is refused.
       * @example {
       *       "income_sources": "one",
       *       "debt": "under_one_month",
       *       "distress": "rarely"
       *     }
       */
      answers: {
        [key: string]: string | null;
      };
    };
    RecordTraffickingRiskDto: {
      /**
       * @description Which country the assessment covers.
       * @enum {string}
       */
      country: 'host' | 'return';
      /** @enum {string} */
      outcome: 'acceptable' | 'unacceptable';
      /** Format: uuid */
      personId: string;
    };
    ReferToProtectionServiceDto: {
      /**
       * @description The day the person consented to the referral and to their data going to the service.
       * @example 2026-03-03
       */
      consentGivenOn: string;
      /**
       * Format: uuid
       * @description The person referred: a member of the household.
       */
      personId: string;
      /**
       * @description The named service.
       * @example Forum Réfugiés, Lyon
       */
      provider: string;
      /**
       * @description What the person is referred to.
       * @enum {string}
       */
      service: 'asylum_procedure' | 'legal_aid' | 'shelter';
    };
    RefreshDto: {
      /** @description The refresh token from sign-in or the last refresh; each can be used once. */
      refreshToken: string;
    };
    RefuseTravelDocumentDto: {
      /** Format: uuid */
      personId: string;
      /** @example Nationality could not be confirmed */
      reason: string;
    };
    RequestTravelDocumentDto: {
      /**
       * @description Where the request went.
       * @example Consulate General of Senegal, Paris
       */
      consulate: string;
      /** Format: uuid */
      personId: string;
    };
    ReviewProtectionHoldDto: {
      /**
       * @description The day of the next review, in `timeZone`: after today there, within 180 days. The review falls due when the day begins there; its reminder and escalation follow it.
       * @example 2026-04-15
       */
      nextReviewOn: string;
      /**
       * @description What the review found. Only the host office (counsellors, supervisors) reads it.
       * @example Asylum claim lodged on 2 March; waiting for the first interview.
       */
      note: string;
      /**
       * @description The reviewer's IANA time zone, which says when `nextReviewOn` begins (the web app sends the device's).
       * @default UTC
       * @example America/Bogota
       */
      timeZone: string;
    };
    ScoreChangeCaseView: {
      /** Format: uuid */
      caseId: string;
      /** @description latestComposite − firstComposite, computed in full precision then rounded to 3 decimals. */
      change: number;
      countryOfReturn: string;
      /** @description Composite score at the first survey, rounded to 3 decimals. */
      firstComposite: number;
      /** @description Visit number of the first survey. */
      firstVisit: number;
      /** @description Composite score at the latest survey, rounded to 3 decimals. */
      latestComposite: number;
      /** @description Visit number of the latest survey. */
      latestVisit: number;
      reference: string;
      /** @description Surveys recorded for the case (at least two). */
      surveys: number;
    };
    ScoreChangeSummaryView: {
      /** @description Cases in scope with at least two surveys. */
      cases: number;
      /** @description Cases whose change rounds to more than 0.000. */
      improved: number;
      /** @description Mean change over those cases; null when there are none. */
      meanChange?: number | null;
      /** @description Cases whose change rounds to 0.000 (under 0.0005 either way). */
      unchanged: number;
      /** @description Cases whose change rounds to less than 0.000. */
      worsened: number;
    };
    ScoreChangeView: {
      /** @description One row per such case, most worsened first, at most 500. */
      cases: components['schemas']['ScoreChangeCaseView'][];
      /** @description Over every case in scope with at least two surveys. */
      summary: components['schemas']['ScoreChangeSummaryView'];
    };
    SegmentDto: {
      /** @example 2026-12-15T16:05:00Z */
      arrivesAt: string;
      /**
       * @description Carrier code.
       * @example AF
       */
      carrier: string;
      /**
       * @description Departure time, ISO 8601 with offset.
       * @example 2026-12-15T10:30:00Z
       */
      departsAt: string;
      /** @example 718 */
      flightNumber: string;
      /**
       * @description Departure airport, IATA code.
       * @example CDG
       */
      from: string;
      /**
       * @description Arrival airport, IATA code.
       * @example DSS
       */
      to: string;
    };
    ServiceProviderView: {
      active: boolean;
      contact: string;
      /** @example SN */
      country: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'equipment'
        | 'training'
        | 'housing'
        | 'health'
        | 'education'
        | 'business_support'
        | 'food'
        | 'transport'
        | 'other';
      name: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SessionUserView: {
      /** @description Countries of return of a partner’s organisation. */
      countries: string[];
      id: string;
      /** @description Signed in with a password an administrator set: only a change of password is open. */
      mustChangePassword: boolean;
      name: string;
      offices: string[];
      role: string;
    };
    SessionView: {
      accessToken: string;
      /** @description Seconds until the access token expires. */
      expiresIn: number;
      refreshToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      user: components['schemas']['SessionUserView'];
    };
    SignConsentDto: {
      /**
       * @description Version of the voluntary return declaration form.
       * @example AVRR-DECL-2026-01
       */
      formVersion: string;
      /** @description The guardian's name, when the guardian signs. */
      guardianName?: string;
      /** @description Interpreter present at signature. */
      interpreter?: string;
      /**
       * @description Language of the form, ISO 639-1.
       * @example fr
       */
      language: string;
      /**
       * Format: uuid
       * @description The household member who consents (or for whom the guardian signs).
       */
      personId: string;
      /** @description Separate consent to share personal data with the partner in the country of return. */
      shareDataWithPartner: boolean;
      /**
       * @description Adults sign for themselves; for a child the guardian signs, and an unaccompanied child also consents.
       * @enum {string}
       */
      signedBy: 'self' | 'guardian' | 'child';
      /**
       * @description Date of signature, YYYY-MM-DD.
       * @example 2026-11-21
       */
      signedOn: string;
      /**
       * @description Witness to the signature.
       * @example Jeanne Roux
       */
      witness: string;
    };
    SkillsProfileView: {
      /** Format: uuid */
      caseId: string;
      /** @description True once matching has what it needs (education, driving licence, what the person wants). */
      complete: boolean;
      drivingLicence: boolean | null;
      iscedLevel: number | null;
      languages: string[];
      /**
       * @description The fields still needed for matching.
       * @example [
       *       "wants"
       *     ]
       */
      missing: string[];
      monthsAbroad: number | null;
      occupations: components['schemas']['HeldOccupationDto'][];
      /** Format: uuid */
      personId: string;
      preferredRegion: string | null;
      skills: string[];
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Who wrote this version (user id).
       * @example u-partner
       */
      updatedBy: string;
      /** @example partner_focal_point */
      updatedByRole: string;
      /**
       * @description 1 when first recorded, plus one per change.
       * @example 2
       */
      version: number;
      /** @enum {string|null} */
      wants: 'job' | 'training' | 'business' | null;
    };
    StageCountView: {
      cases: number;
      stage: string;
    };
    StartOpportunityImportDto: {
      /** @description The feed, up to the body limit. CSV: a header row naming the columns (externalReference, title, iscoCode, requiredSkills, minIscedLevel, languages, country, region, type, placesAvailable, startsOn, expiresOn; the optional requiredSkills, languages and startsOn may be left out), list cells separated by ";", empty cells absent. JSON: an array of objects with the fields of POST /opportunities except partnerCode. */
      content: string;
      /** @enum {string} */
      format: 'csv' | 'json';
      /**
       * @description The partner whose feed this is; rows are keyed by it and their externalReference.
       * @example CARITAS-SN
       */
      partnerCode: string;
    };
    StartReconciliationExportDto: {
      /**
       * @description Only the returns to this country (ISO 3166-1 alpha-2).
       * @example SN
       */
      countryOfReturn?: string;
      /**
       * @description First day of the period (UTC), included.
       * @example 2027-01-01
       */
      from: string;
      /**
       * @description The programme: the code of the host office that runs the returns.
       * @example PARIS
       */
      hostOffice: string;
      /**
       * @description Last day of the period (UTC), included; at most 366 days after `from`.
       * @example 2027-03-31
       */
      to: string;
    };
    StatementEntryView: {
      account: string;
      /** @description Signed integer minor units as a string: positive into the account. */
      amountMinor: string;
      createdAt: string;
      currency: string;
      description: string;
      idempotencyKey: string;
      postingId: string;
      /** @description The account’s balance in this currency after this line. */
      runningBalanceMinor: string;
    };
    StatementView: {
      balances: components['schemas']['BalanceView'][];
      /** Format: uuid */
      caseId: string;
      /**
       * @description The case's country of return: whose service providers its in-kind tranches may pay.
       * @example SN
       */
      countryOfReturn: string;
      entries: components['schemas']['StatementEntryView'][];
    };
    SubjectAccessExportView: {
      /** @description The case's audit entries, oldest first; values masked. */
      audit: components['schemas']['AuditEntryView'][];
      /** @description The case the person belongs to, with the household. */
      case: components['schemas']['CaseView'];
      /** @description The papers filed for this person or for the whole case. */
      documents: components['schemas']['DocumentView'][];
      /** Format: date-time */
      exportedAt: string;
      /** @description The user id of the supervisor who made the export. */
      exportedBy: string;
      /** @description The person the export is about. */
      person: components['schemas']['PersonView'];
      /** @description The case's timeline, oldest first. */
      timeline: components['schemas']['TimelineEventView'][];
    };
    SubmitFinalReportDto: {
      /** @description One line per budget line of the approved plan, each exactly once. */
      lines: components['schemas']['DeliveredLineDto'][];
      /** @description How reintegration went, in the partner’s words. */
      narrative: string;
    };
    SubmitPlanDto: {
      components: components['schemas']['PlanComponentDto'][];
    };
    SurveyScoresView: {
      /** @description The dimension scores weighted by the weight set. */
      composite: components['schemas']['DimensionScoreView'];
      economic: components['schemas']['DimensionScoreView'];
      psychosocial: components['schemas']['DimensionScoreView'];
      social: components['schemas']['DimensionScoreView'];
    };
    SurveyView: {
      /** @description The raw answers, as recorded. */
      answers: {
        [key: string]: string | null;
      };
      /** Format: uuid */
      caseId: string;
      /** @example rss-2017-v1 */
      questionnaireVersion: string;
      /** Format: date-time */
      recordedAt: string;
      /** @example u-partner */
      recordedBy: string;
      scores: components['schemas']['SurveyScoresView'];
      /** @example 1 */
      visitNumber: number;
      /**
       * @description The weight set that produced the scores.
       * @example v1-example
       */
      weightSetVersion: string;
    };
    SustainabilityGroupView: {
      /**
       * @description Mean composite score, 0 to 1, rounded to 3 decimals.
       * @example 0.45
       */
      compositeMean: number;
      /**
       * @description Median composite score (interpolated).
       * @example 0.45
       */
      compositeMedian: number;
      /**
       * @description First quartile of the composite score (interpolated).
       * @example 0.375
       */
      compositeP25: number;
      /**
       * @description Third quartile of the composite score (interpolated).
       * @example 0.525
       */
      compositeP75: number;
      /** @description Mean economic dimension score. */
      economicMean: number;
      /**
       * @description The country of return (by=country) or the assistance type (by=assistance).
       * @example SN
       */
      group: string;
      /** @description Mean psychosocial dimension score. */
      psychosocialMean: number;
      /** @description Mean social dimension score. */
      socialMean: number;
      /** @description Cases counted, each by its latest survey (highest visit number). */
      surveys: number;
    };
    TimeInStageView: {
      /** @description Open cases in this stage. */
      cases: number;
      /** @description Median days spent in the stage so far. */
      medianDays: number;
      /** @description 90th percentile of days in the stage so far. */
      p90Days: number;
      stage: string;
    };
    TimelineEventView: {
      /** @description Who did it: a person, or "system". */
      actor: string;
      /** @example counsellor */
      actorRole: string;
      details: {
        [key: string]: unknown;
      };
      /** @description The update id or system key that makes this entry unique. */
      eventKey: string;
      /** Format: date-time */
      occurredAt: string;
      /**
       * @description What happened.
       * @example intake_recorded
       */
      type: string;
    };
    TrancheDto: {
      /**
       * @description Integer minor units as a decimal string ("150000" is 150 000 XOF, "30000" is 300.00 EUR). Never a float.
       * @example 150000
       */
      amountMinor: string;
      /**
       * @description ISO 4217; a currency the approved plan budgets in.
       * @example XOF
       * @enum {string}
       */
      currency:
        | 'EUR'
        | 'USD'
        | 'GBP'
        | 'CHF'
        | 'XOF'
        | 'XAF'
        | 'GNF'
        | 'NGN'
        | 'GHS'
        | 'GMD'
        | 'SLE'
        | 'LRD'
        | 'MRU'
        | 'MAD'
        | 'DZD'
        | 'TND'
        | 'LYD'
        | 'EGP'
        | 'SDG'
        | 'ETB'
        | 'ERN'
        | 'IQD'
        | 'AFN'
        | 'PKR'
        | 'BDT';
      /**
       * @description The milestone that releases this tranche, recorded by the partner after arrival.
       * @enum {string}
       */
      milestone:
        | 'plan_agreed'
        | 'assistance_delivered'
        | 'training_completed'
        | 'job_placement'
        | 'business_started'
        | 'follow_up_visit';
      /**
       * @description returnee: cash to the returnee; supplier: in kind, paid to the supplier.
       * @enum {string}
       */
      recipient: 'returnee' | 'supplier';
      /**
       * @description The supplier paid in kind; required when the recipient is a supplier and names no provider.
       * @example Singer Sénégal, Dakar
       */
      supplier?: string;
      /**
       * Format: uuid
       * @description The supplier as a service provider of the case's country (GET /service-providers), instead of `supplier`'s free text, which then takes its name. For a payment in kind only.
       */
      supplierProviderId?: string;
    };
    TranchePaymentView: {
      /** @description Integer minor units as a string. */
      amountMinor: string;
      currency: string;
      number: number;
      paidAt: string;
      paidBy: string;
      /** Format: uuid */
      paymentId: string;
      /**
       * @description The key of the ledger posting that paid it.
       * @example grant-tranche:…:paid
       */
      postingKey: string;
      proofDocument?: string | null;
      proofReference: string;
      /** @enum {string} */
      recipient: 'returnee' | 'supplier';
      /** @enum {string} */
      status: 'waiting' | 'released' | 'paid';
      supplier?: string | null;
      /** Format: uuid */
      trancheId: string;
    };
    TrancheView: {
      /** @description Integer minor units as a string. */
      amountMinor: string;
      currency: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      milestone:
        | 'plan_agreed'
        | 'assistance_delivered'
        | 'training_completed'
        | 'job_placement'
        | 'business_started'
        | 'follow_up_visit';
      number: number;
      /** Format: date-time */
      paidAt?: string | null;
      /** @description The proof of payment once paid. */
      proofReference?: string | null;
      /** @enum {string} */
      recipient: 'returnee' | 'supplier';
      /** Format: date-time */
      releasedAt?: string | null;
      /**
       * @description waiting on its milestone, released, or paid.
       * @enum {string}
       */
      status: 'waiting' | 'released' | 'paid';
      supplier?: string | null;
      /**
       * Format: uuid
       * @description The supplier as a record.
       */
      supplierProviderId?: string | null;
    };
    TransferView: {
      /** @description Integer minor units as a string. */
      amountMinor: string;
      /** Format: uuid */
      assetId: string;
      /** @description 1, then one more for each retry after a failure. */
      attempt: number;
      /** Format: date-time */
      cancelledAt?: string | null;
      cancelReason?: string | null;
      /** Format: date-time */
      confirmedAt?: string | null;
      createdAt: string;
      currency: string;
      destination: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      destinationKind: 'bank_account' | 'mobile_money' | 'cash_pickup';
      /** Format: date-time */
      failedAt?: string | null;
      failureReason?: string | null;
      /** Format: uuid */
      id: string;
      idempotencyKey: string;
      /** Format: date-time */
      initiatedAt?: string | null;
      /** @example manual */
      provider: string;
      providerReference?: string | null;
      /** @enum {string} */
      status: 'pending' | 'initiated' | 'confirmed' | 'failed' | 'cancelled';
      updatedAt: string;
      version: number;
    };
    UpdateOpportunityDto: {
      /**
       * @description Country of return, ISO 3166-1 alpha-2.
       * @example SN
       */
      country?: string;
      /**
       * Format: date
       * @description Last day it takes people, YYYY-MM-DD (open through that day, UTC).
       * @example 2026-12-31
       */
      expiresOn?: string;
      /**
       * @description ISCO-08 group code, normally a 4-digit unit group; must exist in the ISCO-08 reference data.
       * @example 7231
       */
      iscoCode?: string;
      /**
       * @description Required languages, ISO 639-1; none by default.
       * @example [
       *       "fr",
       *       "wo"
       *     ]
       */
      languages?: string[];
      /**
       * @description Minimum ISCED 2011 level, 0 (none) to 8.
       * @example 2
       */
      minIscedLevel?: number;
      /**
       * @description Free places; 0 keeps it listed but out of matching.
       * @example 3
       */
      placesAvailable?: number;
      /** @example Dakar */
      region?: string;
      /**
       * @description Free skill tags; none by default.
       * @example [
       *       "engine repair",
       *       "diagnostics"
       *     ]
       */
      requiredSkills?: string[];
      /**
       * Format: date
       * @description First day, YYYY-MM-DD; absent or null when it runs continuously.
       * @example 2026-09-01
       */
      startsOn?: string | null;
      /** @example Assistant motor mechanic */
      title?: string;
      /** @enum {string} */
      type?: 'job' | 'apprenticeship' | 'vocational_training' | 'business_support';
      /**
       * @description The version you read; instead of the If-Match header.
       * @example 3
       */
      version?: number;
    };
    UpdateServiceProviderDto: {
      /** @description False: no longer offered for new invoices; old invoices keep naming it. */
      active?: boolean;
      /** @example +221 33 951 00 00, diop@example.sn */
      contact?: string;
      /**
       * @description The country of return it supplies in (ISO 3166-1 alpha-2).
       * @example SN
       */
      country?: string;
      /**
       * @description The kind of in-kind assistance it supplies.
       * @enum {string}
       */
      kind?:
        | 'equipment'
        | 'training'
        | 'housing'
        | 'health'
        | 'education'
        | 'business_support'
        | 'food'
        | 'transport'
        | 'other';
      /** @example Quincaillerie Diop, Thiès */
      name?: string;
    };
    UpdateUserDto: {
      /** @description false disables the account and signs it out everywhere. */
      active?: boolean;
      displayName?: string;
      /**
       * @description Offices of a counsellor, logistics officer or supervisor.
       * @example [
       *       "PARIS"
       *     ]
       */
      offices?: string[];
      /**
       * Format: uuid
       * @description The organisation of a partner focal point.
       */
      partnerOrganisationId?: string | null;
      /** @description A new (temporary) password, 12 to 200 characters: unlocks the account and signs the user out everywhere. */
      password?: string;
      /** @enum {string} */
      role?:
        'counsellor' | 'logistics_officer' | 'partner_focal_point' | 'supervisor' | 'finance_officer' | 'administrator';
    };
    UserPage: {
      /** @description In email order. */
      items: components['schemas']['UserView'][];
      /** @description Of those, locked out now. */
      locked: number;
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
      /** @description Users matching the filters, on all pages. */
      total: number;
    };
    UserView: {
      active: boolean;
      displayName: string;
      email: string;
      id: string;
      lockedUntil: string | null;
      /** @description The password was set by an administrator and not yet replaced by the user. */
      mustChangePassword: boolean;
      offices: string[];
      partnerOrganisationId: string | null;
      /** @enum {string} */
      role:
        'counsellor' | 'logistics_officer' | 'partner_focal_point' | 'supervisor' | 'finance_officer' | 'administrator';
    };
    ValidateFinalReportDto: {
      /** @description A note for the partner. */
      note?: string;
    };
    VulnerabilitiesDto: {
      /**
       * @description How the change was found.
       * @example disclosed at the screening interview
       */
      reason: string;
      /** @description The person's flags as they now stand (replaces the earlier list; may be empty to correct a mistake). */
      vulnerabilities: (
        | 'unaccompanied_child'
        | 'separated_child'
        | 'victim_of_trafficking'
        | 'medical_needs'
        | 'elderly'
        | 'disability'
        | 'pregnancy'
        | 'single_parent'
        | 'large_family'
        | 'asylum_claim_pending'
        | 'fear_of_return'
      )[];
    };
    WithdrawDocumentDto: {
      /** @description Why the paper no longer counts (replaced, wrong person, illegible…). */
      reason: string;
    };
    WorkCountsView: {
      dueSoon: number;
      overdue: number;
      /** @description Every item of the queue, on all pages. */
      total: number;
    };
    WorkflowView: {
      /**
       * @description Temporal workflow id, derived from the case id.
       * @example return-case-0b6f…
       */
      id: string;
      /** @description False only while a start interrupted by a failure waits for the reconciler. */
      started: boolean;
      /**
       * @description 'starting' while Temporal has not yet confirmed the start (for example it did not answer in time): the case is saved and the reconciler starts its workflow.
       * @enum {string}
       */
      status: 'running' | 'starting';
    };
    WorkItemView: {
      caseId: string;
      countryOfReturn: string;
      /** @description By when, if there is a date. */
      dueAt: string | null;
      hostOffice: string;
      householdSize: number;
      /** @description The active booking, if any. */
      itinerary: components['schemas']['WorkItineraryView'] | null;
      /** @description Only for the roles that may see protection details. */
      onProtectionHold?: boolean;
      /** @description The principal applicant's name (a pseudonym for a partner without the consent to share). */
      principalName: string;
      /** @example RC-2026-000123 */
      reference: string;
      /** @enum {string} */
      stage:
        | 'intake'
        | 'counselling'
        | 'screening'
        | 'consent'
        | 'travel_documents'
        | 'pre_departure'
        | 'booking'
        | 'departure'
        | 'arrival'
        | 'reintegration'
        | 'monitoring'
        | 'closed';
      /** @enum {string} */
      urgency: 'overdue' | 'due_soon' | 'open';
      /** @description What the case waits for, in words fit for the reader's role. */
      waitingFor: string | null;
      /** @description The same as a code with parameters. */
      waitingReason: components['schemas']['CaseReasonView'] | null;
    };
    WorkItineraryView: {
      /** @description Last arrival of the booked itinerary. */
      arrivesAt: string;
      /** @description First departure of the booked itinerary. */
      departsAt: string;
      /** @example XK7P2Q */
      reference: string;
    };
    WorkQueueView: {
      counts: components['schemas']['WorkCountsView'];
      /** @description When the queue was computed. */
      generatedAt: string;
      /** @description What waits on the caller's role: overdue first, then due soon, then the rest. */
      items: components['schemas']['WorkItemView'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @enum {string} */
      role:
        'counsellor' | 'logistics_officer' | 'partner_focal_point' | 'supervisor' | 'finance_officer' | 'administrator';
      soonDays: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AdminController_listOffices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeView'][];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_createOffice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOfficeDto'];
      };
    };
    responses: {
      /** @description The office. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `office_exists`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_listPartnerOrganisations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerOrganisationView'][];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_createPartnerOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnerOrganisationDto'];
      };
    };
    responses: {
      /** @description The organisation. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerOrganisationView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `partner_organisation_exists`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_listUsers: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description Part of the email or the name, any case. */
        q?: string;
        role?:
          | 'counsellor'
          | 'logistics_officer'
          | 'partner_focal_point'
          | 'supervisor'
          | 'finance_officer'
          | 'administrator';
        /** @description `locked`: locked out by failed sign-ins now; `active`: neither locked nor disabled. */
        state?: 'active' | 'locked' | 'disabled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `user_exists`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nothing with this id, or not in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_unlockUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `user_not_found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerificationView'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `invalid_credentials`: the email or the password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `account_locked`: too many failed sign-ins; the message says until when. */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many attempts from this address; wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionUserView'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'];
        };
      };
      /** @description `currentPassword` is wrong, or `newPassword` is too short or unchanged. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `account_locked`: too many wrong passwords. */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `invalid_refresh_token`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CasesController_list: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2. */
        countryOfReturn?: string;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        hostOffice?: string;
        limit?: number;
        /** @description Cases assigned to this partner organisation (a partner sees only their own anyway). */
        partnerOrganisationId?: string;
        /** @description Part of the reference or of any name in the household. */
        q?: string;
        stage?:
          | 'intake'
          | 'counselling'
          | 'screening'
          | 'consent'
          | 'travel_documents'
          | 'pre_departure'
          | 'booking'
          | 'departure'
          | 'arrival'
          | 'reintegration'
          | 'monitoring'
          | 'closed';
        /** @description Cases where anyone in the household has this flag. */
        vulnerability?:
          | 'unaccompanied_child'
          | 'separated_child'
          | 'victim_of_trafficking'
          | 'medical_needs'
          | 'elderly'
          | 'disability'
          | 'pregnancy'
          | 'single_parent'
          | 'large_family'
          | 'asylum_claim_pending'
          | 'fear_of_return';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseListView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CasesController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description Any unique string up to 200 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCaseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseView'];
        };
      };
      /** @description Invalid fields, each listed in `violations` with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The Idempotency-Key was used before for a different request. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the configured limit. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CasesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_confirmArrival: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmArrivalDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_listAssets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_declare: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried declaration declare once: the same key and body answer with the same asset (Idempotent-Replayed: true), another body with 409 idempotency_key_reused. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareAssetDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_createTransfer: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key and body: the same transfer (Idempotent-Replayed: true). */
        'Idempotency-Key': string;
      };
      path: {
        assetId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTransferDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. Also: the key was used for another instruction, or the amount exceeds what is left. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseAssignmentController_reassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassignCaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseAssignmentView'];
        };
      };
      /** @description Invalid fields, each listed in `violations` with its reason: an unknown office, a counsellor who is not an active counsellor of the case's office (or none named when the current one does not work at the new office), an organisation not covering the country of return. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope (`case_not_found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `assignment_unchanged`: the case is already assigned so; `assignment_changed`: someone reassigned it at the same time; `case_closed` or `case_anonymised`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseAssignmentController_options: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentOptionsView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope (`case_not_found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuditController_forCase: {
    parameters: {
      query?: {
        /** @description Entries older than this sequence number (the previous page’s last `seq`). */
        before?: string;
        limit?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nothing with this id, or not in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_bestInterests: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordBestInterestsDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_book: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookTravelDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_cancelBooking: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_rebook: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookTravelDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseCaseDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_withdrawConsent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_signConsent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignConsentDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_recordCounselling: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCounsellingDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_confirmDeparture: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmDepartureDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DocumentsController_list: {
    parameters: {
      query?: {
        /** @description Only this person's papers. */
        personId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope, or no such paper of a kind you may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DocumentsController_upload: {
    parameters: {
      query?: never;
      header?: {
        /** @description Any unique string up to 200 characters. A retry of a stored upload with the same key, kind, person and content answers with the first upload (Idempotent-Replayed: true) and files nothing twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description One of application/pdf, image/jpeg, image/png, image/webp, image/heic, image/heif, by content.
           */
          file: string;
          /**
           * @description Must come before the file.
           * @enum {string}
           */
          kind:
            | 'signed_declaration'
            | 'travel_document'
            | 'medical_certificate'
            | 'best_interests_determination'
            | 'proof_of_payment'
            | 'invoice'
            | 'asset_photo';
          /**
           * Format: uuid
           * @description The person of the case the paper is about; omit for the case as a whole.
           */
          personId?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope, or no such paper of a kind you may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description idempotency_key_reused: the key was used for another paper; upload_in_progress: the first upload with this key is still being stored (retry with the same key). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DocumentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes, with the sniffed media type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/heic': string;
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope, or no such paper of a kind you may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `document_withdrawn`: the paper was withdrawn and its content removed. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DocumentsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawDocumentDto'];
      };
    };
    responses: {
      /** @description The paper, marked withdrawn. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope, or no such paper of a kind you may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `document_withdrawn`: the paper was already withdrawn. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ErasureController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseErasureDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseErasureView'];
        };
      };
      /** @description Invalid fields, or `requestedBy` is not a person of this case. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope (`case_not_found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `case_open`: the case is not closed yet; `case_anonymised`: it is already anonymised. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_familyAssessment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordFamilyAssessmentDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  FinalReportController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitFinalReportDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  FinalReportController_returnReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  FinalReportController_validate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ValidateFinalReportDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_followUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordFollowUpDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationProfilesController_recordSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description The follow-up visit, numbered from 1 as recorded on the case. */
        visitNumber: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSurveyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyView'];
        };
      };
      /** @description An unknown indicator or answer code, listed by field (`answers.<indicator>`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope (`case_not_found`), or no such person in the case (`person_not_in_case`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `follow_up_not_recorded`, `survey_already_recorded` or `role_not_allowed`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `survey_dimension_incomplete`: a dimension has too much of its weight unanswered; each is named. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  GrantsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GrantView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, grant or tranche in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  GrantsController_create: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key and body: the same grant (Idempotent-Replayed: true). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGrantDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GrantView'];
        };
      };
      /** @description Each broken field with its reason, e.g. tranches that do not add up to the budget. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, grant or tranche in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The plan is not approved, the case already has a grant, the role may not, or the key was used for another grant. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  GrantsController_pay: {
    parameters: {
      query?: never;
      header: {
        /** @description The payment’s update id: a retried request answers with the same payment. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        trancheId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PayTrancheDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TranchePaymentView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, grant or tranche in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The tranche still waits on its milestone, is already paid with another proof, the role may not pay, or the proof of payment is not in the case file (evidence_missing, with the reason code proof_of_payment_on_file). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HouseholdController_add: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once (it is the update id; for a new member it also fixes their id). */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddedMemberView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only a counsellor amends the household (docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A rule forbids the amendment now (`code`: already_departed, booking_active, principal_travels, not_travelling, unknown_person, case_closed…). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline; retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HouseholdController_contact: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once (it is the update id; for a new member it also fixes their id). */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactAmendmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendedCaseView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only a counsellor amends the household (docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A rule forbids the amendment now (`code`: already_departed, booking_active, principal_travels, not_travelling, unknown_person, case_closed…). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline; retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HouseholdController_notTravelling: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once (it is the update id; for a new member it also fixes their id). */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotTravellingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendedCaseView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only a counsellor amends the household (docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A rule forbids the amendment now (`code`: already_departed, booking_active, principal_travels, not_travelling, unknown_person, case_closed…). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline; retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HouseholdController_vulnerabilities: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once (it is the update id; for a new member it also fixes their id). */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VulnerabilitiesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendedCaseView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only a counsellor amends the household (docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A rule forbids the amendment now (`code`: already_departed, booking_active, principal_travels, not_travelling, unknown_person, case_closed…). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline; retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationLinksController_listLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, opportunity or link in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationLinksController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLinkDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, opportunity or link in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Already linked, the case is closed, or the opportunity is in another country. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationLinksController_step: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinkStepDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, opportunity or link in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The step does not follow from the current one, or the link changed meanwhile. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_medicalClearance: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordMedicalClearanceDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_milestone: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordMilestoneDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_noShow: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationLinksController_matchesForPerson: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, opportunity or link in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `skills_profile_missing`: record the skills profile first. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationProfilesController_getProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillsProfileView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope (`case_not_found`), or no such person in the case (`person_not_in_case`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationProfilesController_putProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutSkillsProfileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillsProfileView'];
        };
      };
      /** @description Invalid or unknown fields (an unknown ISCO-08 code, ISCED above 8, …), each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope (`case_not_found`), or no such person in the case (`person_not_in_case`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `role_not_allowed` for the wrong role at this stage; `case_closed`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SubjectAccessController_json: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectAccessExportView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope, or no such person in it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SubjectAccessController_html: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A self-contained HTML page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope, or no such person in it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DuplicatesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PossibleDuplicatesView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DuplicatesController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DuplicateDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicateDecisionView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not a match the check found for this person, or the case is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PreDepartureInformationController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPreDepartureInformationDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_placeHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_liftHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProtectionController_review: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewProtectionHoldDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_protectionReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordProtectionReferralDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProtectionController_refer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferToProtectionServiceDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProtectionController_followUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordReferralFollowUpDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProtectionController_respond: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordReferralResponseDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_submitPlan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitPlanDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_approvePlan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovePlanDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_rejectPlan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_reopen: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_recordScreening: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordScreeningDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_statement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_decideStranded: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideStrandedDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationProfilesController_listSurveys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope (`case_not_found`), or no such person in the case (`person_not_in_case`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CasesController_getTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEventView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_traffickingRisk: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordTraffickingRiskDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelTransferDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_confirm: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional: the id of the workflow update that runs the step, so a retried request joins the first one. Without it the id is derived from the transfer, its attempt and (to confirm) the reference, which has the same effect. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmTransferDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_fail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FailTransferDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_initiate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional: the id of the workflow update that runs the step, so a retried request joins the first one. Without it the id is derived from the transfer, its attempt and (to confirm) the reference, which has the same effect. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AssetTransfersController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, asset or transfer in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_issueDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueTravelDocumentDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_refuseDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefuseTravelDocumentDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseActionsController_requestDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestTravelDocumentDto'];
      };
    };
    responses: {
      /** @description The case as it stands after the action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSnapshotView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Your role may not take this action (the permission matrix, docs/ACCESS.md). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The stage or a rule forbids the action now; `code` and `message` say which. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  FinanceWorkController_list: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinanceWorkView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {unknown} */
            status: 'ok';
          };
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  InformationSheetsController_list: {
    parameters: {
      query?: {
        /** @description Sheets for this country of return (ISO 3166-1 alpha-2). */
        country?: string;
        /** @description Sheets in this language (ISO 639-1). */
        language?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InformationSheetView'][];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InformationSheetsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInformationSheetDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InformationSheetVersionView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `sheet_exists`: that country, topic and language has a sheet; publish to it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InformationSheetsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sheetId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InformationSheetDetailView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such sheet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InformationSheetsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sheetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishSheetVersionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InformationSheetVersionView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such sheet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InformationSheetsController_version: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sheetId: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InformationSheetVersionView'];
        };
      };
      /** @description Invalid fields, each listed with its reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such sheet or version. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MyNotificationsController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MyNotificationsController_savePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationPreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MyNotificationsController_inbox: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MyNotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedReadView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nothing with this id, or not in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MyNotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedReadView'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkQueueController_get: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        /** @description Items per page. */
        limit?: number;
        /** @description How many days ahead counts as "due soon". */
        soonDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkQueueView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DeadLettersController_list: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DeadLettersController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            status: 'requeued';
          };
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nothing with this id, or not in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OccupationsController_group: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A code of 1 to 4 digits; keep leading zeros (0110). */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IscoGroupDetailView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No ISCO-08 group has this code. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OccupationsController_find: {
    parameters: {
      query: {
        /** @description How many unit groups. */
        limit?: number;
        /** @description What the person says they did, in their words: "car mechanic", "sold vegetables at the market". */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OccupationSearchView'];
        };
      };
      /** @description `q` is not 2 to 200 characters, or `limit` is not an integer from 1 to 20. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpportunitiesController_list: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2. */
        country?: string;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        /** @description ISCO-08 code prefix: 72 lists sub-major group 72 and every group in it. */
        iscoCode?: string;
        limit?: number;
        /** @description true: only those with free places that have not expired. */
        open?: boolean;
        partnerCode?: string;
        /** @description Exact region, case-insensitive. */
        region?: string;
        type?: 'job' | 'apprenticeship' | 'vocational_training' | 'business_support';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityListView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpportunitiesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOpportunityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityView'];
        };
      };
      /** @description Invalid or unknown fields (an ISCO code not in ISCO-08 included), each listed in `violations`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The partner already has an opportunity with this externalReference. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpportunitiesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such opportunity in your scope, or it was withdrawn. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpportunitiesController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version you read (the ETag of GET), e.g. "3"; or send `version` in the body. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Withdrawn. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such opportunity in your scope, or it was already withdrawn. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description It changed since the version sent in If-Match. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpportunitiesController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version you read (the ETag of GET), e.g. "3"; or send `version` in the body. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOpportunityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityView'];
        };
      };
      /** @description Invalid or unknown fields, each listed in `violations`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such opportunity in your scope, or it was withdrawn. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description It changed since the version you sent (code opportunity_version_mismatch). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No version sent. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReintegrationLinksController_matchesForOpportunity: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such case, person, opportunity or link in your scope. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpportunitiesController_startImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartOpportunityImportDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityImportAccepted'];
        };
      };
      /** @description Invalid fields, each listed in `violations`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the configured limit. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpportunitiesController_importStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityImportView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such import (reports are kept 7 days, failures 30). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CaseAssignmentController_partnerOrganisations: {
    parameters: {
      query?: {
        /** @description Only those covering this country of return (ISO 3166-1 alpha-2). */
        country?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerOrganisationOptionView'][];
        };
      };
      /** @description An invalid country code, in `violations`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReconciliationExportsController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartReconciliationExportDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationExportView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The role may not export. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReconciliationExportsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exportId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationExportView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such export (or it has expired). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReconciliationExportsController_csv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exportId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such export. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description export_not_ready: still waiting or running, or failed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ServiceProvidersController_list: {
    parameters: {
      query?: {
        /** @description One country of return (ISO 3166-1 alpha-2). */
        country?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceProviderView'][];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ServiceProvidersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServiceProviderDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceProviderView'];
        };
      };
      /** @description Invalid fields, or a country you do not work in (`violations`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `service_provider_exists`: that name is already recorded in that country. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ServiceProvidersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceProviderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceProviderView'];
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such provider in your countries (`service_provider_not_found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `service_provider_exists`: that name is already recorded in that country. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is larger than the API accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not of a content type this route reads. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProgrammeViewsController_casesByStage: {
    parameters: {
      query?: {
        /** @description Only cases returning to this country (ISO 3166-1 alpha-2). */
        countryOfReturn?: string;
        /** @description json (the default), or csv or xlsx for a file to download with the same rows. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Only cases of this host office. */
        hostOffice?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`. */
      200: {
        headers: {
          /** @description With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageCountView'][];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OutcomeReportController_outcomes: {
    parameters: {
      query?: {
        /** @description Only cases returning to this country (ISO 3166-1 alpha-2). */
        countryOfReturn?: string;
        /** @description json (the default), or csv or xlsx for a file to download with the same rows. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description First day of arrival counted (YYYY-MM-DD, UTC). */
        from?: string;
        /** @description Only cases of this host office. */
        hostOffice?: string;
        /** @description The length of a period. */
        period?: 'month' | 'quarter' | 'year';
        /** @description Last day of arrival counted, inclusive (YYYY-MM-DD). */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`. */
      200: {
        headers: {
          /** @description With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutcomeRowView'][];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProgrammeViewsController_overdueFollowUps: {
    parameters: {
      query?: {
        /** @description Only cases returning to this country (ISO 3166-1 alpha-2). */
        countryOfReturn?: string;
        /** @description json (the default), or csv or xlsx for a file to download with the same rows. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Only cases of this host office. */
        hostOffice?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`. */
      200: {
        headers: {
          /** @description With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueView'][];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProgrammeViewsController_placementsByType: {
    parameters: {
      query?: {
        /** @description Only cases returning to this country (ISO 3166-1 alpha-2). */
        countryOfReturn?: string;
        /** @description json (the default), or csv or xlsx for a file to download with the same rows. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Only cases of this host office. */
        hostOffice?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`. */
      200: {
        headers: {
          /** @description With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacementsByTypeView'][];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProgrammeViewsController_scoreChange: {
    parameters: {
      query?: {
        /** @description Only cases returning to this country (ISO 3166-1 alpha-2). */
        countryOfReturn?: string;
        /** @description json (the default), or csv or xlsx for a file to download with the same rows. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Only cases of this host office. */
        hostOffice?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`. The file holds the rows of `cases`; a workbook has `summary` in a second sheet. */
      200: {
        headers: {
          /** @description With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreChangeView'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProgrammeViewsController_sustainabilityScores: {
    parameters: {
      query: {
        /** @description Group by the case's country of return, or by assistance type: each dimension (economic, social, psychosocial) the case's reintegration plan has a component in. */
        by: 'country' | 'assistance';
        /** @description Only cases returning to this country (ISO 3166-1 alpha-2). */
        countryOfReturn?: string;
        /** @description json (the default), or csv or xlsx for a file to download with the same rows. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Only cases of this host office. */
        hostOffice?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`. */
      200: {
        headers: {
          /** @description With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SustainabilityGroupView'][];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ProgrammeViewsController_timeInStage: {
    parameters: {
      query?: {
        /** @description Only cases returning to this country (ISO 3166-1 alpha-2). */
        countryOfReturn?: string;
        /** @description json (the default), or csv or xlsx for a file to download with the same rows. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Only cases of this host office. */
        hostOffice?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`. */
      200: {
        headers: {
          /** @description With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimeInStageView'][];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description A parameter or field is invalid: `violations` names each field and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `missing_token`, `invalid_token` or `session_ended`: sign in (again). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description `permission_denied`: your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests from this user or address; wait and retry (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
}
