// Fixed vocabulary weights for the semantic component. The weights are fixed
// (not learned from the pool of resumes being ranked) so that the same resume
// gets the same semantic score whichever other resumes are in the pool, and a
// score means the same thing across jobs.
import { stem } from "./stem";

/** English function words: weight 0. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost also am among an and any are around as at be because been
before being below between both but by can could did do does doing done down during each either else etc even ever
every few for from further get gets got had has have having he her here hers herself him himself his how however i
if in into is it its itself just least less let like many may me might more most much must my myself near neither
no nor not now of off often on once one only onto or other others our ours ourselves out over own per quite rather
really same several shall she should since so some such than that the their theirs them themselves then there these
they this those though through thus to too toward towards under until up upon us very via was we well were what
whatever when where whether which while who whom whose why will with within without would yet you your yours
yourself yourselves e g ie eg vs plus`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that appear in nearly every job posting or resume whatever the field,
// so matching them says little about fit. Kept with a low weight rather than
// dropped: they still break ties between otherwise equal texts.
const GENERIC_RAW = `ability able access accomplished achieve achieved act action active activities activity add added
additional address advance advanced across apply applicant applicants applications approach appropriate areas around
assist assisted assigned attention authorized available award base based basic benefit benefits best better bonus
bring build building built business candidate candidates career challenge challenging change clear closely
collaborate collaborated collaborating collaboration collaborative colleagues come comfortable commitment committed
communication communicate company compensation competitive complete completed complex comprehensive concept
contribute contributed contributing core create created creating cross culture current currently daily day days
deep degree deliver delivered delivering demonstrated department detail detailed details develop developed developing
development different diverse drive driven driving duties dynamic early effective effectively efficient employee
employees employer employment enable encourage energy engage enjoy ensure ensured environment equal equity
equivalent excellent exceptional existing expect expected experience experienced experiences expert expertise
exposure familiar familiarity fast field first focus focused following full fully function functional functions
future gained general given goal goals good great grow growing growth hands help helped helping high highly hire
hiring hour hours ideal impact important improve improved improving include included includes including increase
increased independent independently individual industry initiative initiatives insurance job join key knowledge
large lead leading learn learned learning level levels life looking love made maintain maintained maintaining major
make making manage managed management managing meet member members mission month months motivated multiple need
needed needs new next offer offered office open opportunities opportunity organization organizational organized
orientation outstanding own ownership paid part partner partnered passion passionate people perform performed
period person personal place plan planned plus position positive practical practice preferred present prior
priorities proactive problem problems process processes professional proficiency proficient program programs
progress project projects proven provide provided providing purpose quality qualifications qualified range
recognized related relevant required requirement requirements resources responsibilities responsible result results
resume review role roles salary scale self set sets setting share shared similar skill skilled skills small solid
solution solutions solve solving someone space special specific staff start started strategic strategies strategy
strengths strong structure structured success successful successfully support supported supporting take taking
talent task tasks team teams technical time times title today together tool tools top track understanding unique
use used user users using value values various want way ways week weeks welcome within work worked working works
world write year years`;

/** Stemmed generic terms: weight 0.2 (see termWeight). */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  GENERIC_RAW.split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);
