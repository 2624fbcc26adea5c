/**
 * Version of the scoring engine, stored with every evaluation so scores from
 * different engine versions are never compared as if they were the same scale.
 * Bump when weights, thresholds, components or calibration change, or when the
 * stored breakdown gains information.
 *
 * 2026.11.2: evidence carries the length of the matched text (scores unchanged).
 * 2026.11.3: visa-sponsorship and location knockouts, credentials under a
 * licences heading count in full, job parsing ignores pay/benefits and
 * exclusion clauses, seniority and date fixes (scores change).
 * 2026.11.4: years requirements scoped to a skill or domain ("2 years in an adult ICU") are
 * met by the years of roles about it, with partial credit below the minimum; roles record the
 * skills they mention and their title names; a role heading with separators reads as a heading
 * (requirements schema 2; scores change).
 * 2026.11.5: a credential the resume shows as not held yet ("license pending", "exam candidate",
 * "expected 2027", "scheduled May 2026") or lapsed ("expired 2023") counts as missing, with a little
 * credit, and the explanation says pending/expired rather than absent (scores change).
 * 2026.11.6: a candidate far too junior for a stated minimum of 2+ years (relevant or scoped years
 * under a third of it, little full-time work of any kind) is capped, 45 with none (scores change).
 * 2026.11.7: a license the JD requires from a named US state is met only by that state's or a
 * multistate license once the resume says where its license is from; a required license shown
 * only as pending is capped at 65 (a timing gap) rather than the knockout cap (scores change).
 * 2026.11.8: alternative credentials in a JD ("RN license in Wisconsin or a multistate NLC license",
 * "CPA or CMA", "PE license or EIT") are one requirement met by any of them, named after all of them
 * in knockouts and feedback (requirements schema 3); the Nurse Licensure Compact is matched only by
 * compact/multistate/NLC mentions, no longer by plain "RN" (taxonomy 2026.11.2; scores change).
 * 2026.12.0: job reading as a recruiter reads it (requirements schema 4): soft skills apart (half a
 * nice-to-have's weight, never knockouts), duties as context, company/benefits text names no skills,
 * degree negation and hedged equivalence, degree fields not skills; eligibility (countries/regions,
 * time-zone window, relocation, sponsorship) drives the location knockout, which admits every named
 * country and fires only when certain; skill forms that are ordinary words or another field's terms
 * need context of their field, on resumes and postings alike (taxonomy 2026.12.0; scores change).
 * 2026.12.1 (scoring): one calibrated scale: component weights, the core factor and a monotone map onto
 * 0–100 (45 = medium, 70 = high) fitted on all labeled sets (`npm run calibrate`, calibration.json);
 * roles classified by occupation (ESCO-seeded title lexicon) weigh years by occupational affinity;
 * text copied from the posting, skill-list lines inside roles and licences named only as a goal do
 * not count; keyword stuffing or a copied posting caps the score below medium; undated resumes get
 * estimated years; related-skill credit is listed apart from matched skills (scores change).
 * 2026.12.2 (extraction): text a reader cannot see is left out of PDFs and DOCX files; names, contact
 * details, employers, role locations and schools are never skill evidence; DOCX rows captioned by a
 * section name, wrapped role headings and spelled-out "Associate Degree" are read; national phone
 * formats; profiles carry estimatedYears for undated resumes (scores change).
 * 2026.12.3: the three above together with custom requirements (`customSkills`, matched literally),
 * recalibrated on the tune jobs of every labeled set including relevance-new-1 (scores change).
 * 2026.12.4: a licence or certificate counts as held only where the resume states it as held (a
 * number, an issuing state or board, "licensed/active/holds", a licences section, the lines under the
 * name or a post-nominal); wording similarity leaves out text copied from the posting; recalibrated.
 * 2026.12.5 (stored breakdown only, scores unchanged): facts.scopedYears and facts.credentials, and
 * relatedSkills[].mustHave, so the hiring manager's explanation (explanation.ts) can be built from the
 * stored result; the seniority component detail in words.
 * 2026.12.6: job reading and taxonomy 2026.12.1 (tools from O*NET, languages from ESCO; word-like names
 * need context; comma-less tool lists; requirement lead-in sentences; "Remote work: hybrid"; the city
 * after an employer's name; "including X and Y" both required); recalibrated (scores change).
 * 2026.12.7: experience read from roles more strictly: a role mostly copied from the posting earns no
 * years; sharing only the ISCO major group transfers few years; grade words (senior, junior, trainee)
 * do not change a title's occupation; school teachers, data engineers and
 * embedded titles classified; a skill the job asks for is never a rival specialty of a scoped years
 * requirement. Evidence: list-only spans read per sentence (terse resumes are not stuffing); people
 * named in the text, US cities cited with their state and the references section are never skill
 * evidence. Licences: "No QTS", "not licensed", "unlicensed" are read as not held. Recalibrated.
 * 2026.12.8: job reading: licences named by the holder's occupation ("licensed as a pharmacist",
 * "Security Officer license", "registered with the College of Physiotherapists"); prose requirement
 * cues ("to be considered you need to be …") and credentials judged clause by clause; an acronym the
 * posting spells out ("Ontario College of Pharmacists (OCP)") is not another skill's; ordinary words of
 * a field need two of its skills in a posting; experience accepted in place of a degree is
 * or-equivalent, no knockout. Recalibrated.
 * 2026.12.9: experience counts fully only when a role is the job's kind of work; scoped years from a
 * role that only mentions the scope weighted by occupation; years below the minimum credited in
 * proportion; an entirely unmet scoped years requirement keeps the score below high. Sponsorship need
 * read from visa-scheme wording and the posting's parsed "no sponsorship" (knockout). A posting that
 * accepts a credential applied for is met by a pending one. Licences in the lines under the name count
 * only as post-nominals or a backed title. Job reading: skills outside requirement sections are duties;
 * pay/benefits/EEO sentences give nothing; in-line preference cues; any-of groups; national
 * registrations (QTS, CEng, CSWA, AHPRA…) as their own credentials; employer names and dated
 * regulation codes give no skills. Resume reading: international degree abbreviations, locations as
 * written, DOCX caption rows open sections; unread education is not a degree knockout. Taxonomy
 * 2026.12.2 (ESCO fields of knowledge; occupation titles in the plural are colleagues). PDF text the
 * colour of the image under it, or under an opaque image, is hidden. Skills read only from the duties
 * are never listed as missing. Recalibrated on 23 tune jobs, knots robust to small nudges.
 * 2026.12.10: skills named by the job title are title skills (requirements schema 5), scored with the
 * title emphasis but never a knockout or a missing must-have. A role's months count as relevant years
 * fully only from relevance 0.5 up. A credential listed under a credentials heading, or graded ("full",
 * "clean", "registered"), is held; a plain driving licence is verified at offer, not a knockout; a
 * regulator's abbreviation and "eligibility for registration" accept a pending registration; a licence
 * of another state with the required state's licensure pending is pending. A stated lack of the right
 * to work needs sponsorship; a refusal to relocate is not an offer. Post-nominals on the name line are
 * not a place or part of the name. Job reading: degree fields from every degree line; vetting checks at
 * hire never required; examples after a general kind; licences named in passing then asked for; money
 * that sizes the work is not pay. Matcher: sense from the next word ("Fluent German"), capitals as
 * acronyms, shared forms resolved by related skills, posting banner lines give no skills. PDF soft
 * masks, blend modes, covering shapes and hidden layers; DOCX style-level hidden runs. Taxonomy
 * 2026.12.3. Recalibrated on the tune jobs of six sets (relevance-new-3 added).
 * 2026.12.11: job reading keeps requirement phrases the taxonomy does not know as custom requirements
 * read from the posting (customSkillsRead; matched by word stems in one sentence, small weight, never a
 * knockout); requirement headings of public-sector and job-board postings and prose selection criteria;
 * degree tier follows its hedge and "or equivalent experience" is not required; security clearance read
 * with its level (obtainable is not required); field and mobile roles are on site; spoken languages at
 * their clause's tier; citizens-only postings sponsor no one. Matcher: abbreviations need kin or their
 * field, generic names inside proper names and the employer's own hiring are not skills (taxonomy
 * 2026.12.4). Resume reading: undated roles and bare employer lists are experience with estimated
 * months; more experience headings; pronouns beside the name; pending applications. Scoring: a
 * registration with another jurisdiction's regulator is a pending transfer; neighbouring ISCO groups
 * weigh less; keyword bullets and repeated lines count like a skills list; estimated years count
 * before the too-junior cap. Recalibrated on the tune jobs of seven sets (relevance-new-4 added).
 * 2026.12.12: job reading: nationality and bloc lists in a right-to-work sentence are the allowed
 * countries; an employer able to support a visa sponsors; FIFO rosters are on site; framework levels
 * ("Level 7") and lesser qualifications plus experience; registration bodies named with their
 * registration; "ability to VERB …" names its object; "X and/or <word>" is one any-of group; two kinds
 * of work joined by "and" stay one requirement; the kind of employer is context; a posting that asks for
 * experience in the role requires the specific skills its duty bullets name. Resume reading: role
 * headings recognised by the ESCO title lexicon; a learner's role takes at most four years of an
 * estimate; open-vocabulary skills from skills lists (customSkills); school-leaving and post-secondary
 * qualifications of many countries; national phone numbers by postcode or e-mail country; a town alone
 * on the contact line. Scoring: a keyword bullet gives its role nothing; a line naming a skill written
 * five times flags stuffing; wrapped lines are read joined. Taxonomy 2026.12.5 (+181 domain skills, 34
 * languages). Recalibrated on the tune jobs of eight sets (relevance-new-5 added).
 * 2026.12.13: job reading: numbered and more requirement headings, invitations, bodies' names, pre-hiring
 * checks and what the employer provides ask for no skill; "… is also relevant" joins the group before
 * it; the title is the first line naming an occupation; scalars: age ranges are not experience, "or
 * equivalent" judged in the degree's own sentence, more sponsorship and citizens-only wording, registrations
 * asked for in prose are required, driving licences and certificates of competency read, credentials named
 * as the posting qualifies them. Resume reading: family-name-first names, contract and sea-service tables,
 * day-precise dates, national degree names, evidence chosen across sections. Taxonomy 2026.12.6: the
 * practice field of each ESCO professional and associate-professional occupation (518 generated fields),
 * breadth for trades, labs, mining, agriculture and allied health, plural/singular splits refused.
 * Scoring: what lists add to similarity is bounded by the described work; a registration with a named
 * body is held when the resume states it with a registration cue; post-qualification years leave out
 * apprenticeships; a postal code places the candidate; another state's licence is accepted where the
 * posting takes eligibility. Recalibrated on the tune jobs of nine sets (relevance-new-6 added).
 */
export const ENGINE_VERSION = "relevance-2026.12.13";
