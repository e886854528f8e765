// How notes say that something is not a pain: settled ("compliance is handled", "that's not why we're
// talking"), a requirement rather than a problem ("it has to talk to our ERP", "must-have: SSO"), or
// nothing to report at all ("no pain identified"). General language, in English and the languages of
// ./lexicon.ts; matched on word stems within a clause.
import { numberWords } from './numbers';

/** The hand-off said for a team, and a team's "we don't touch those", in the seven languages (sixty-fourth round; see
 * SETTLED and SETTLED_HANDOFF_PRONOUNS). */
const HANDOFF_WE = [
  'not us', 'nicht wir', 'pas nous', 'no nosotros', 'non noi', 'niet wij', 'nao nos',
  ...['it', 'that', 'those', 'them'].flatMap((it) => [`we dont touch ${it}`, `we do not touch ${it}`, `we never touch ${it}`]),
  'fassen wir nicht an', 'on ny touche pas', 'nous ny touchons pas', 'no lo tocamos', 'no tocamos eso', 'non lo tocchiamo',
  'daar komen we niet aan', 'daar komen wij niet aan', 'nao mexemos nisso', 'nao tocamos nisso',
];
/** The clause says its subject is fine, handled or out of scope. Matched word for word (up to a plural "s"); a cue
 * written with accents needs them where the note writes accents ("réglé", settled, is not "règle", rule). */
export const SETTLED = [
  'is fine', 'are fine', 'fine too', 'thats fine', 'is handled', 'are handled', 'handled by', 'already handled', 'gets handled', 'is solved', 'are solved',
  'solved', 'sorted', 'under control', 'not why', 'not the issue', 'not an issue', 'isnt the issue', 'isnt an issue',
  'not the problem', 'not a problem', 'not the concern', 'not our concern', 'isnt a problem', 'not a concern', 'no concern', 'not a blocker', 'not a priority',
  'not a pain', 'not interested', 'no issues', 'no issue', 'no problem', 'no problems', 'not changing', 'out of scope',
  'leave them out', 'leave it out', 'love it', 'happy with', 'is happy', 'are happy', 'works well', 'working well',
  'already done', 'already have', 'is covered', 'are covered', 'not looking', 'not relevant', 'not needed', 'dont need',
  'doesnt need', 'loves us', 'is standard', 'not the focus', 'no complaints', 'is ok', 'are ok', 'its ok', 'is okay',
  'are okay', 'not my problem', 'not mine', 'not our problem', 'arent a problem', 'arent an issue', 'arent the problem',
  'not really a problem', 'not really an issue', 'not much of a problem', 'not much of an issue', 'not a big deal',
  'no big deal', 'not a worry', 'no worries', 'not worried about', 'all good', 'goes well', 'going well', 'is good',
  'are good', 'taken care of', 'is sorted', 'are sorted', 'is resolved', 'are resolved', 'works fine',
  'runs fine', 'run fine', 'running fine', 'it works', 'fine tho', 'fine though', 'seems fine', 'looks fine', 'all fine',
  'totally fine', 'fine for now', 'fine as is', 'fine as it is',
  // Someone outside already does it (seventieth round): "got a vendor for payroll", "use a provider for the audits".
  'have a vendor for', 'use a vendor for', 'have a provider for', 'use a provider for', 'got a vendor for',
  // Sixty-sixth round: fine since a change ("the studio links ok now", "the dispatch board is fine now") and a topic said not to be
  // what drives the purchase ("the audit is behind us, not a driver").
  'ok now', 'okay now', 'fine now', 'not a driver', 'not the driver', 'not a factor',
  // Sixty-fifth round: the clause before said to work ("the schools pay the league direct, that works").
  'that works', 'thats working', 'that is working', 'its working', 'it is working',
  // A loose answer that the topic is handled or that the speaker is fine with it: "it's handled", "we've got it
  // covered", "I'm good on that", "we're fine on our side".
  'its handled', 'its sorted', 'its covered', 'its solved', 'its fine', 'got it covered', 'got that covered', 'got it handled',
  'got that handled', 'got it sorted', 'got that sorted',
  'im good', 'were good', 'im fine', 'were fine', 'im covered', 'were covered', 'good there', 'fine there',
  // On it, or not it: "we're on it", "we're on top of it", "that is not it".
  'im on it', 'were on it', 'on top of it', 'on top of that', 'thats not it', 'that is not it',
  // The perfect and past tenses: "hasn't been an issue", "was never a problem".
  'not been an issue', 'not been a problem', 'hasnt been an issue', 'hasnt been a problem', 'havent been an issue', 'havent been a problem',
  'never been an issue', 'never been a problem', 'never an issue', 'never a problem', 'wasnt an issue', 'wasnt a problem',
  'werent an issue', 'werent a problem',
  // Sixty-eighth round: more of the same, as a prospect says them: a topic they "have nailed" ("the audit team has that
  // nailed", "we got it nailed down"), a system said to be new ("the portal is brand new"), "don't sell me" as
  // "don't pitch", "leave it" closing its clause ("the bank does payroll, leave it"), the rest said to be fine beside the
  // one thing that hurts ("the old tool does everything else ok"), and a line of business the prospect left ("we exited
  // leasing in 2023").
  'has that nailed', 'have that nailed', 'got that nailed', 'has it nailed', 'have it nailed', 'got it nailed', 'nailed down',
  'is brand new', 'are brand new', 'dont sell me', 'do not sell me', 'leave it',
  'everything else ok', 'everything else okay', 'everything else fine', 'everything else is fine', 'everything else works',
  'we exited', 'weve exited', 'we have exited',
  // Sixty-ninth round: a problem brought to heel ("the queue at the till we've tamed", "the backlog is tamed now"), a topic
  // said not to be what the prospect asks for ("handy, but not the ask"), and one said to be done as a clause of its own
  // ("the bursar has that and it's done"; SETTLED_CLAUSE_ALONE: "it's done by hand" is how, not that it is settled).
  'weve tamed', 'we tamed', 'we have tamed', 'is tamed', 'are tamed', 'got tamed', 'tamed now',
  'not the ask', 'isnt the ask', 'not our ask', 'not what we are asking', 'not what were asking',
  'its done', 'it is done', 'thats done', 'that is done',
  // Seventieth round: "already done" in the six languages, as English "already done" is ("la valoración ya está hecha por
  // un despacho", "ist schon gemacht", "c'est déjà fait", "è già fatto", "al gedaan", "já está feito"): with the verb "to be"
  // before it, since "ont déjà fait un rappel", "ha già fatto" (has already sent, made) say something happened.
  'ist schon gemacht', 'ist bereits gemacht', 'sind schon gemacht', 'est deja fait', 'est deja faite', 'sont deja faits',
  'sont deja faites', 'ya esta hecho', 'ya esta hecha', 'ya estan hechos', 'ya estan hechas', 'e gia fatto', 'e gia fatta',
  'sono gia fatti', 'sono gia fatte', 'al gedaan', 'ja esta feito', 'ja esta feita', 'ja estao feitos', 'ja estao feitas',
  // Waving a topic away: "don't pitch me that", "forget that", "not for us".
  'dont pitch', 'do not pitch', 'forget that', 'forget it', 'forget about it', 'not for us', 'not on our radar',
  // The prospect's own indifference: "we don't care about pricing stuff", "I couldn't care less", "ist uns egal".
  // Only in the first person: "reps don't care about logging calls" is a pain.
  'we dont care', 'i dont care', 'we do not care', 'i do not care', 'we really dont care', 'i really dont care',
  'we couldnt care less', 'i couldnt care less', 'doesnt matter to us', 'does not matter to us', 'ist uns egal',
  'ist mir egal', 'nous est egal', 'no nos importa', 'no me importa', 'nos da igual', 'me da igual',
  'non ci importa', 'non mi importa', 'maakt ons niet uit', 'kan ons niet schelen', 'nao nos importa', 'nao me importa',
  // German, French, Spanish, Italian, Dutch, Portuguese
  'kein thema', 'kein problem', 'geklart', 'lauft gut', 'lauft rund', 'erledigt', 'pas un probleme', 'pas le probleme', 'réglé', 'réglée', 'réglés', 'réglées', 'pas de souci',
  'no es problema', 'no es el problema', 'no es un problema', 'resuelto', 'resuelta', 'non e un problema', 'non ci interessa',
  'risolto', 'geen probleem', 'geen issue', 'opgelost', 'nao e o problema', 'nao sao o problema', 'nao e problema', 'resolvido',
  'gelost', 'geht es nicht', 'gehts nicht', 'funktioniert gut', 'klappt gut', 'kein problem', 'keine probleme', 'im griff',
  'ca marche', 'ca va', 'pas de probleme', 'aucun probleme', 'fonctionne bien', 'marche bien', 'pas un souci', 'sans souci',
  'no es un tema', 'no hay problema', 'sin problema', 'sin problemas', 'funciona bien', 'lo tenemos resuelto', 'esta resuelto',
  'nessun problema', 'funziona bene', 'va bene', 'non e il problema', 'a posto', 'sotto controllo', 'werkt goed',
  'gaat goed', 'gaat het niet om', 'loopt prima', 'lopen prima', 'geregeld', 'onder controle', 'geen zorgen',
  'sem problema', 'sem problemas', 'funciona bem', 'esta resolvido', 'estao resolvidos', 'estao resolvidas', 'esta resolvida', 'sob controle', 'tudo bem', 'nao e um problema',
  // The plural (sixty-fifth round): "i sopralluoghi non sono un problema", "los plazos no son un problema".
  'non sono un problema', 'non sono il problema', 'no son un problema', 'no son el problema', 'no son problema',
  'nao sao um problema', 'nao sao problema', 'ne sont pas un probleme', 'ne sont pas le probleme', 'sind kein problem',
  'sind nicht das problem', 'zijn geen probleem', 'zijn het probleem niet',
  // The plural of "works well" and "runs well" in the six languages ("die Mahnungen funktionieren gut", "les
  // relances fonctionnent bien") (review mend).
  'funktionieren gut', 'laufen gut', 'klappen gut', 'laufen rund', 'funktionieren problemlos', 'laufen problemlos',
  'fonctionnent bien', 'marchent bien', 'funcionan bien', 'funzionano bene', 'vanno bene', 'werken goed', 'lopen goed',
  'funcionam bem',
  // Not the topic of the talk, in the six languages: "not the topic", "nicht unser Thema", "pas le sujet", "non è il tema".
  'not the topic', 'not a topic', 'not our topic', 'not in scope', 'not the point', 'a separate project', 'not the priority',
  'nicht das thema', 'nicht unser thema', 'nicht im fokus', 'nicht das problem', 'nicht unser problem', 'nicht prioritar',
  'pas le sujet', 'pas notre sujet', 'pas un sujet', 'hors sujet', 'hors perimetre', 'pas la priorite', 'pas notre probleme',
  'no es el tema', 'no es tema', 'no es nuestro tema', 'fuera de alcance', 'no es prioridad', 'no es la prioridad',
  'non e il tema', 'non e un tema', 'non e il nostro tema', 'fuori ambito', 'non e la priorita', 'non e prioritario',
  'niet het onderwerp', 'geen onderwerp', 'niet het probleem', 'geen prioriteit', 'buiten scope', 'niet aan de orde',
  'nao e o tema', 'nao e tema', 'nao e o nosso tema', 'fora do escopo', 'nao e a prioridade', 'nao e prioridade',
  // "Handled by" someone else, "in order", "not why we're talking" and "we have it down", in the six languages:
  // "la conformité est gérée par notre bureau d'études", "vergunning op orde", "ce n'est pas pour ça qu'on se parle".
  'have it down', 'has it down', 'géré par', 'gérée par', 'gérés par', 'gérées par', 'en règle', 'pas pour ca',
  'gestionado por', 'gestionada por', 'gestionados por', 'gestionadas por', 'gestito da', 'gestita da', 'gestiti da',
  'gestite da', 'beheerd door', 'op orde', 'niet waarom', 'gerido por', 'gerida por', 'geridos por', 'geridas por',
  'em ordem', 'in ordnung',
  // notes-six-languages: the common ways each language says "we have no problem with it", "that is not why we are
  // talking", "already solved", "works well" and "we do not need it" (nineteenth round), and English idioms of the same.
  'dialed in', 'dialled in', 'squared away', 'buttoned up', 'in good shape', 'not the reason', 'not why we',
  'no need for', 'we dont need', 'we do not need', 'dont need it', 'nothing to fix', 'aint broke', 'not broken',
  'kein bedarf', 'keinen bedarf', 'kein handlungsbedarf', 'brauchen wir nicht', 'benotigen wir nicht', 'nicht notig',
  'nicht erforderlich', 'bereits gelost', 'schon gelost', 'ist abgedeckt', 'sind abgedeckt', 'nicht der grund',
  'deshalb sprechen wir nicht', 'haben wir kein problem', 'haben keine probleme', 'kein problem damit', 'lauft problemlos',
  'funktioniert problemlos', 'keine sorgen',
  'pas besoin', 'pas de besoin de', 'aucun besoin', 'déjà réglé', 'déjà réglée', 'déjà réglés', 'déjà réglées', 'deja resolu', 'est resolu', 'sont resolus',
  'pas la raison', 'pas le motif', 'pas l objet', 'pas pour cela', 'pas un enjeu', 'pas prioritaire', 'aucun souci',
  'pas de soucis', 'pas de probleme avec', 'tout va bien', 'rien a signaler', 'est maîtrisé', 'est maîtrisée', 'sont maîtrisés', 'sont maîtrisées',
  'no tenemos problema', 'no tenemos problemas', 'no hay problemas', 'no necesitamos', 'no nos hace falta', 'no hace falta',
  'ya resuelto', 'ya resuelta', 'ya resueltos', 'ya resueltas', 'estan resueltos', 'estan resueltas', 'esta cubierto', 'estan cubiertos', 'bajo control', 'esta controlado', 'esta controlada', 'estan controlados',
  'estan controladas', 'no es el motivo', 'no es la razon', 'no es por eso',
  'no nos preocupa', 'sin incidencias', 'todo bien', 'no es un tema',
  'non abbiamo bisogno', 'non ci serve', 'non serve', 'non e necessario', 'gia risolto', 'gia risolta', 'gia risolti', 'gia risolte',
  'non e il motivo', 'non e per questo', 'non ci preoccupa', 'tutto ok', 'tutto bene', 'è coperto', 'sono coperti',
  'nessun problema con', 'non abbiamo problemi',
  'niet nodig', 'hebben we niet nodig', 'geen behoefte', 'al opgelost', 'is opgelost', 'niet de reden', 'daarom praten we niet',
  'werkt prima', 'gaat prima', 'loopt goed', 'in orde', 'geen probleem mee', 'hebben we geen last van', 'geen zorg',
  'nao precisamos', 'nao e necessario', 'nao temos problema', 'nao temos problemas', 'ja resolvido', 'ja resolvida', 'ja resolvidos', 'ja resolvidas',
  'esta controlado', 'esta controlada', 'estao controlados', 'estao controladas',
  'nao e o motivo', 'nao e a razao', 'nao e por isso', 'nao nos preocupa', 'esta tudo bem', 'sem necessidade',
  // notes-in-place: what the prospect already has running, in the six languages ("RFID is already in", "GPS already in
  // place", "déjà en place", "ya implantado", "al in gebruik") (twenty-first round).
  'already in place', 'in place already', 'is already in', 'are already in', 'already installed', 'already implemented',
  'already live', 'already rolled out', 'already deployed', 'already in use', 'bereits im einsatz', 'schon im einsatz',
  'bereits eingefuhrt', 'schon eingefuhrt', 'deja en place', 'deja installe', 'deja deploye', 'deja utilise', 'ya implantado',
  'ya implementado', 'ya instalado', 'ya en uso', 'gia in uso', 'gia implementato', 'gia installato', 'al in gebruik',
  'al geimplementeerd', 'al geinstalleerd', 'ja implementado', 'ja instalado', 'ja em uso',
  // notes-six-languages, thirty-fourth round: the feminine and plural forms of "already solved" and "covered" ("prenotazione
  // campi già risolta", "déjà couverte par notre logiciel"), "runs smoothly" ("läuft stabil"), "that works" with its
  // pronoun before it in the Romance languages ("quello funziona"), and "not our concern" ("no es nuestra preocupación").
  'lauft stabil', 'laufen stabil', 'lauft reibungslos', 'laufen reibungslos',
  'deja couvert', 'deja couverte', 'deja couverts', 'deja couvertes', 'est couvert', 'est couverte', 'sont couverts',
  'sont couvertes', 'ya cubierto', 'ya cubierta', 'ya cubiertos', 'ya cubiertas', 'esta cubierta', 'estan cubiertas',
  'ya resuelta', 'ya resueltos', 'ya resueltas', 'esta resuelta', 'estan resueltos', 'estan resueltas',
  'gia risolta', 'gia risolti', 'gia risolte', 'gia coperto', 'gia coperta', 'gia coperti', 'gia coperte',
  'è coperta', 'sono coperte', 'al gedekt', 'is gedekt', 'zijn gedekt', 'ja resolvida', 'ja resolvidos',
  'ja resolvidas', 'esta resolvida', 'ja coberto', 'ja coberta', 'ja cobertos', 'ja cobertas', 'esta coberto',
  'esta coberta', 'quello funziona', 'questo funziona', 'ca fonctionne', 'cela fonctionne', 'eso funciona',
  'esto funciona', 'isso funciona', 'isto funciona',
  // Sixty-ninth round: "and it works" said of what a clause's subject is ("la revisione dei contratti è delegata al
  // consulente e funziona", "die Lohnabrechnung läuft über das Steuerbüro und funktioniert"), the Romance and Germanic
  // languages dropping the pronoun.
  'e funziona', 'und funktioniert', 'et fonctionne', 'y funciona', 'en werkt', 'e funciona',
  'no es nuestra preocupacion', 'no es una preocupacion',
  'no es preocupacion', 'pas notre preoccupation', 'pas une preoccupation', 'non e una preoccupazione',
  'non e la nostra preoccupazione', 'nao e uma preocupacao', 'nao e a nossa preocupacao', 'nao e preocupacao',
  'keine sorge', 'nicht unsere sorge', 'geen zorg voor ons', 'niet onze zorg',
  // notes-six-languages, thirty-fifth round: "satisfied with" ("Estamos satisfeitos com o sistema atual"), German "das
  // passt" (that suits us: "Rechnungen laufen über DATEV, das passt"), and "runs stable" with its "by now" between
  // ("E-Rezept läuft inzwischen stabil").
  // (a cue's word matches its plural too: "satisfait de" is also "satisfaits de"; "du", "del" and "della" are "of the").
  'satisfied with', 'zufrieden mit', 'satisfecho con', 'satisfecha con', 'satisfeito com', 'satisfeita com', 'tevreden met',
  'tevreden over', ...['satisfait', 'satisfaite'].flatMap((a) => ['de', 'du', 'des'].map((of) => `${a} ${of}`)),
  ...['soddisfatto', 'soddisfatta', 'soddisfatti', 'soddisfatte'].flatMap((a) => ['di', 'del', 'della', 'dei', 'delle'].map((of) => `${a} ${of}`)),
  'das passt', 'passt gut', 'lauft inzwischen stabil', 'laufen inzwischen stabil', 'lauft mittlerweile stabil',
  'laufen mittlerweile stabil', 'lauft jetzt stabil', 'laufen jetzt stabil',
  // r42-precision: more of how a prospect says a topic is in hand or none of theirs ("our maintenance is great,
  // honestly", "reviews still positive", "the rollout is going fine", "likes it that way", "not that bad", "that's not
  // us", "no interest in ...", "niet relevant"), and that an inspection or audit found nothing ("nessuna non
  // conformità", "keine Beanstandungen").
  'still positive', 'went fine', 'went well', 'going fine', 'goes fine', 'likes it that way',
  'like it that way', 'not that bad', 'not so bad', 'thats not us', 'not on us', 'no interest in', 'nothing is broken', 'happy w',
  'nothing broken', 'thats not it',
  // Nobody complains: a complaint verb under "never", "nobody" or "no one" says there is none ("the auditor has never
  // complained", "nobody has complained about the rota"), as "no complaints" does.
  ...['never', 'nobody', 'no one', 'never once', 'nobody has', 'nobody ever', 'no one has', 'no one ever', 'has never', 'have never']
    .flatMap((w) => ['complain', 'complains', 'complained'].map((v) => `${w} ${v}`)),
  'nicht relevant', 'niet relevant', 'pas pertinent', 'no es relevante', 'no relevante', 'non rilevante', 'non e rilevante',
  'nao e relevante', 'nao relevante', 'zit het probleem niet',
  // The everyday praise of a way that works ("the rota app works great", "it's been running great"), the plain "fine
  // with" of a person content with a way of doing things ("fine w/ the paper diary"), and a third person's contentment
  // written without its apostrophe ("shes fine", "theyre good", as "im fine" and "were good" are). Not a liking ("likes
  // it"): a cue matches its third person, and "pay whenever they feel like it" is a complaint.
  'works great', 'work great', 'working great', 'worked great', 'runs great', 'running great', 'going great', 'goes great',
  'went great', 'fine with', 'fine w',
  ...['shes', 'hes', 'theyre'].flatMap((who) => ['fine', 'good', 'ok', 'okay', 'happy', 'covered', 'sorted'].map((w) => `${who} ${w}`)),
  // No longer a topic, with the "longer" between the negation and the topic in Italian and French ("il gas non è più un
  // tema", "le stock n'est plus un problème"; the other languages put it after, where the cue above already reads), and
  // "no complaints" in the six languages ("geen klachten over het kassasysteem").
  'non e piu un problema', 'non e piu il problema', 'non e piu un tema', 'non e piu il tema', 'non sono piu un problema',
  'n est plus un probleme', 'n est plus le probleme', 'n est plus un sujet', 'ne sont plus un probleme', 'no longer an issue',
  'no longer a problem', 'no longer the problem', 'geen klachten', 'keine beschwerden', 'keine klagen', 'aucune plainte',
  'sin quejas', 'ninguna queja', 'nessun reclamo', 'nessuna lamentela', 'sem reclamacoes', 'nenhuma reclamacao',
  'no findings', 'no nonconformities', 'no non-conformities', 'clean audit', 'keine beanstandungen', 'keine abweichungen',
  'nessuna non conformita', 'nessun rilievo', 'sin no conformidades', 'sin observaciones', 'aucune non conformite',
  'aucune non-conformite', 'geen afwijkingen', 'geen bevindingen', 'sem nao conformidades',
  // An audit without findings, the other ways the six languages say it (fifty-ninth round): "ohne Feststellungen",
  // "aucun constat", "sin hallazgos", "zonder bevindingen", "sem reparos".
  'keine feststellungen', 'ohne feststellungen', 'ohne beanstandungen', 'aucun constat', 'sans constat',
  'sin hallazgos', 'ningun hallazgo', 'senza rilievi', 'zonder bevindingen', 'sem reparos', 'nao teve reparos',
  'nao houve reparos', 'sem constatacoes',
  // Someone else's matter (fifty-ninth round): a topic handed to another person or department ("billing? not my
  // area, accounts does it", "the fleet goes through ops, not my department", "wrong person for that") is no pain of this
  // prospect's, as "not my problem" is not; in the six languages ("nicht meine Baustelle", "pas mon rayon", "no es mi
  // área", "non è di mia competenza", "niet mijn afdeling", "não é da minha área").
  ...['area', 'fight', 'thing', 'department', 'job', 'remit', 'wheelhouse'].map((w) => `not my ${w}`),
  'not the right person', 'wrong person', 'not me', 'not my headache',
  'nicht mein bereich', 'nicht meine baustelle', 'nicht mein ressort', 'nicht meine abteilung', 'nicht zustandig',
  'nicht mein job', 'pas mon domaine', 'pas mon rayon', 'pas mon perimetre', 'pas de mon ressort', 'pas mon service',
  'no es mi area', 'no es lo mio', 'no me corresponde', 'no es mi departamento', 'no es cosa mia',
  'non e il mio campo', 'non e di mia competenza', 'non mi compete', 'non e il mio settore', 'non e il mio reparto',
  'niet mijn afdeling', 'niet mijn terrein', 'niet mijn pakkie an', 'niet mijn ding', 'niet mijn taak',
  'nao e minha area', 'nao e da minha area', 'nao e comigo', 'nao me compete', 'nao e o meu departamento',
  'nicht ich', 'pas moi', 'no soy yo', 'non io', 'niet ik', 'nao sou eu',
  // Sixty-fourth round: the hand-off said for a team ("handled by the landlord, not us", "the depot crew runs that, we
  // don't touch those"), and the topic granted but put aside as not what the purchase is for ("it's slow, but that's
  // not what we're buying this for"), in the six languages ("nicht wir", "pas nous", "no nosotros", "non noi", "niet wij", "não nós"; "fassen
  // wir nicht an", "on n'y touche pas", "no lo tocamos", "non lo tocchiamo", "daar komen we niet aan", "não mexemos
  // nisso"; "deswegen kaufe ich nicht", "ce n'est pas pour ça que", "no es para eso", "non è per questo che", "daar
  // koop ik het niet voor", "não é para isso"). The hand-offs settle only where they close their clause
  // (SETTLED_HANDOFF_PRONOUNS).
  ...HANDOFF_WE,
  'not what im buying', 'not what were buying', 'not what i am buying', 'not what we are buying', 'not what im here for',
  'not what were here for', 'deswegen kaufe ich nicht', 'ce nest pas pour ca que', 'no es por eso que',
  'non e per questo che', 'daar koop ik het niet voor', 'nao e por isso que',
  // Sixty-fourth round: a matter put off to a later year or day by the prospect ("our intake team is swamped too, but
  // that's a conversation for next year", "on the back burner"), in the six languages ("ein Thema für nächstes Jahr",
  // "un sujet pour l'année prochaine", "un tema para el año que viene", "un tema per il prossimo anno", "iets voor
  // volgend jaar", "um assunto para o ano que vem"): not what the prospect is buying for now.
  ...['conversation', 'topic', 'discussion', 'problem', 'project'].flatMap((w) => [`a ${w} for next year`, `a ${w} for later`, `a ${w} for another day`]),
  'for another day', 'on the back burner', 'next years problem', 'next years project',
  'ein thema fur nachstes jahr', 'ein thema fur spater', 'thema fur nachstes jahr', 'un sujet pour lannee prochaine', 'un sujet pour plus tard',
  'un tema para el ano que viene', 'un tema para el proximo ano', 'un tema para mas adelante', 'un tema per il prossimo anno',
  'un tema per piu avanti', 'iets voor volgend jaar', 'een onderwerp voor volgend jaar', 'een onderwerp voor later',
  'um assunto para o ano que vem', 'um assunto para o proximo ano', 'um assunto para depois',
  // Quiet since a fix (fifty-ninth round): "we replaced the sensors in May, quiet since", "retuned it, it's been quiet";
  // in the six languages ("seitdem ruhig", "calme depuis", "tranquilo desde entonces", "tutto tranquillo", "sindsdien
  // rustig", "tranquilo desde entao").
  'its quiet', 'quiet since', 'quiet ever since', 'been quiet', 'all quiet', 'quiet now',
  'seitdem ruhig', 'seither ruhig', 'ist ruhig', 'calme depuis', 'c est calme', 'tranquilo desde', 'esta tranquilo',
  'tutto tranquillo', 'tranquillo da', 'sindsdien rustig', 'is rustig', 'tranquilo desde entao', 'sossegado desde',
];
/** The cues of SETTLED that say the clause before works: a settling only as a clause of their own, after a comma, a
 * dash or a sentence's start and closing their clause ("the schools pay direct, that works"), not a relative clause
 * ("a rota tool that works") nor a possessive ("its working capital"; review of the sixty-fifth round, finding 3). */
export const SETTLED_CLAUSE_ALONE = ['that works', 'thats working', 'that is working', 'its working', 'it is working', 'leave it', 'its done', 'it is done', 'thats done', 'that is done'];
/** Of SETTLED_CLAUSE_ALONE, the relative clause that still says a thing works where nothing before it in its sentence
 * denies it ("a parent group that works" settles; "they have never found a tool that works" does not). */
export const SETTLED_RELATIVE = ['that works'];
/** Words before a relative SETTLED_RELATIVE in its sentence that deny it works or look for it ("none that works",
 * "tried three that ...", "would love one that works"; second review of the sixty-fifth round, finding 1). */
export const SETTLED_RELATIVE_DENIED = ['not', 'no', 'never', 'havent', 'hasnt', 'hadnt', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'nothing', 'nobody', 'without', 'looking', 'find', 'found', 'need', 'needs', 'want', 'wants', 'wish', 'none', 'tried', 'trying', 'hoping', 'love', 'like', 'after', 'asked'];
/** Words of manner that may follow a relative SETTLED_RELATIVE at its clause's end ("the one tool that works well"). */
export const SETTLED_RELATIVE_MANNERS = ['well', 'fine', 'right', 'properly', 'reliably'];
/** The cues of SETTLED that hand a topic off with a bare pronoun ("the office does that, not me"; review mend, sixtieth
 * round): a hand-off only where the cue closes its clause, not said inside one ("it is not me who fixes them", "non io
 * soltanto", "niet ik alleen") nor before a "but" ("Not me, but the whole crew suffers"). */
export const SETTLED_HANDOFF_PRONOUNS = ['not me', 'nicht ich', 'pas moi', 'no soy yo', 'non io', 'niet ik', 'nao sou eu', ...HANDOFF_WE];
/** Already tackled (fifty-ninth round): "the duplicate bookings were already addressed last spring", and the six
 * languages' ordinary verbs of it ("schon angegangen", "déjà corrigé", "ya solucionado", "già affrontato", "al
 * aangepakt", "já tratado"); not "already fixed" (a price or a date set), nor French "déjà traité" (orders processed).
 * Review mend: they settle only their own clause, and only a matter it names before them, never what follows them
 * ("they already dealt with two audits and ...") nor the clause before ("X: already addressed up north, still bad
 * down south"). */
export const SETTLED_TACKLED = [
  'already tackled', 'already addressed', 'already dealt with', 'bereits angegangen', 'schon angegangen',
  'bereits behoben', 'schon behoben', 'deja corrige', 'deja corrigee', 'ya solucionado', 'ya solucionada',
  'ya abordado', 'ya abordada', 'ya corregido', 'ya corregida', 'gia affrontato', 'gia affrontata', 'gia sistemato',
  'gia sistemata', 'al aangepakt', 'al verholpen', 'ja solucionado', 'ja solucionada', 'ja tratado', 'ja tratada',
  'ja corrigido', 'ja corrigida',
  // Already digitised (sixtieth round): "the tuning records were already digitised in spring", "già digitalizzati",
  // "bereits digitalisiert", "déjà numérisé", "ya digitalizado", "al gedigitaliseerd", "já digitalizado".
  'already digitised', 'already digitized', 'already digitalised', 'already digitalized', 'bereits digitalisiert',
  'schon digitalisiert', 'deja numerise', 'deja numerisee', 'deja numerises', 'deja numerisees', 'deja digitalise',
  'deja digitalisee', 'deja digitalises', 'ya digitalizado', 'ya digitalizada', 'ya digitalizados', 'ya digitalizadas',
  'gia digitalizzato', 'gia digitalizzata', 'gia digitalizzati', 'gia digitalizzate', 'al gedigitaliseerd',
  'ja digitalizado', 'ja digitalizada', 'ja digitalizados', 'ja digitalizadas',
];
/** Fixed in the past (sixtieth round): a verb of fixing said before its matter with a time gone by in the same clause
 * ("they fixed the double bookings last year", "sorted out the rota in the spring", "haben die Doppelbuchungen letztes
 * Jahr behoben", "ont corrigé les doublons l'an dernier", "solucionaron ... el año pasado", "hanno risolto ... l'anno
 * scorso", "hebben ... vorig jaar opgelost", "resolveram ... no ano passado"): the clause reads no pain. The verbs'
 * past forms, as the notes' words, accents dropped. */
export const FIXED_VERBS = [
  'fixed', 'solved', 'resolved', 'sorted', 'cleaned', 'got rid of',
  'behoben', 'gelost', 'geloest', 'beseitigt', 'corrige', 'corriges', 'corrigee', 'corrigees', 'regle', 'reglee', 'regles', 'resolu', 'resolue',
  'solucionaron', 'solucionamos', 'resolvieron', 'resolvimos', 'arreglaron', 'arreglamos', 'risolto', 'risolta', 'risolti',
  'sistemato', 'sistemata', 'opgelost', 'verholpen', 'resolveram', 'resolvemos', 'corrigiram', 'corrigimos',
];
/** Gone since a change (sixty-fourth round): a problem told with the change the prospect made and its not coming back
 * ("after two walkouts we redid the rota - nobody has left since", "seitdem hat niemand gekündigt", "personne n'est
 * parti depuis", "desde entonces nadie se ha ido", "da allora nessuno", "sindsdien is niemand vertrokken", "desde então
 * ninguém saiu"). The words that mark the time since, as the notes' words, accents dropped; an English "since" counts
 * only closing its clause ("haven't had one since"), French "depuis" likewise. */
export const GONE_SINCE_MARKERS = [
  'since then', 'ever since', 'seitdem', 'seither', 'depuis lors', 'desde entonces', 'da allora', 'da quel momento', 'sindsdien',
  'desde entao', 'desde ai',
];
/** The nobody-or-nothing of what has not come back since ("nobody", "none", "niemand"), in the seven languages. */
export const GONE_SINCE_NONE = [
  'nobody', 'none', 'noone', 'niemand', 'kein', 'keine', 'keinen', 'keiner', 'personne', 'aucun', 'aucune', 'nadie', 'ninguno', 'ninguna',
  'ningun', 'nessuno', 'nessuna', 'nessun', 'geen', 'ninguem', 'nenhum', 'nenhuma',
];
/** What an English negation says has not come back since ("haven't had a walkout since", "no complaints since", "not one
 * since"), with the negations that deny it. */
export const GONE_SINCE_ANY = [
  'anyone', 'anybody', 'one', 'single', 'issue', 'issues', 'problem', 'problems', 'complaint', 'complaints', 'incident', 'incidents',
];
export const GONE_SINCE_NEGATIONS = ['havent', 'hasnt', 'hadnt', 'not', 'no', 'never'];
/** The verbs of a change made, past, as the notes' words (besides FIXED_VERBS): "we rebuilt the rota", "moved the rota onto an app". */
export const GONE_SINCE_CHANGES = [
  'rebuilt', 'redid', 'redesigned', 'reorganised', 'reorganized', 'changed', 'switched', 'replaced', 'introduced', 'moved',
  'started', 'hired', 'added', 'installed', 'umgestellt', 'eingefuhrt', 'geandert', 'ersetzt', 'refait', 'remplace',
  'introduit', 'cambiamos', 'cambiaron', 'rehicimos', 'reemplazamos', 'introdujimos', 'cambiato', 'rifatto', 'sostituito',
  'introdotto', 'veranderd', 'vervangen', 'ingevoerd', 'omgegooid', 'mudamos', 'mudaram', 'refizemos', 'substituimos', 'introduzimos',
];
/** Another office that does the topic (sixty-fourth round): a short clause whose subject is an office of the
 * organisation other than the prospect's and whose verb says it does the work ("Accounting does payroll.", "the county
 * handles permits", "die Buchhaltung macht das", "la comptabilité gère les paies", "contabilidad lleva las nóminas",
 * "l'amministrazione gestisce gli stipendi", "de boekhouding regelt dat", "a contabilidade trata disso"): the topic is
 * that office's, not a pain of the prospect's. The leading words an office's name may carry, the offices, and the verbs,
 * as the notes' words, accents dropped. */
export const OTHER_OFFICE_LEADS = ['the', 'town', 'city', 'county', 'state', 'village', 'district', 'borough', 'our', 'their', 'central', 'head', 'main', 'la', 'le', 'l', 'die', 'der', 'de', 'el', 'a', 'o'];
export const OTHER_OFFICES = [
  'clerk', 'clerks', 'treasurer', 'treasury', 'finance', 'accounting', 'accounts', 'hr', 'legal', 'procurement', 'purchasing',
  'headquarters', 'hq', 'corporate', 'council', 'comptroller', 'controller', 'auditor', 'assessor', 'registrar',
  'buchhaltung', 'kammerei', 'personalabteilung', 'rechtsabteilung', 'einkauf', 'comptabilite', 'tresorerie', 'juridique',
  'contabilidad', 'tesoreria', 'compras', 'amministrazione', 'contabilita', 'ragioneria', 'boekhouding',
  'inkoop', 'griffie', 'contabilidade', 'tesouraria', 'juridico',
];
export const OTHER_OFFICE_VERBS = [
  'does', 'handles', 'runs', 'owns', 'issues', 'manages', 'processes', 'macht', 'erledigt', 'gere', 'gestiona', 'lleva',
  'gestisce', 'regelt', 'doet', 'beheert', 'trata', 'cuida',
];
/** A time gone by, in the seven languages as the notes' words: "last year", "in the spring", "two years ago". */
export const FIXED_PAST_TIMES = [
  'last year', 'last spring', 'last summer', 'last autumn', 'last fall', 'last winter', 'last month', 'last quarter',
  'in the spring', 'in the summer', 'in the autumn', 'in the fall', 'in the winter', 'years ago', 'months ago', 'year ago',
  'letztes jahr', 'letzten jahr', 'im fruhjahr', 'im fruhling', 'vor jahren', 'lan dernier', 'lannee derniere', 'au printemps',
  'el ano pasado', 'en primavera', 'hace anos', 'lanno scorso', 'in primavera', 'anni fa', 'vorig jaar', 'vorige jaar',
  'in het voorjaar', 'jaar geleden', 'no ano passado', 'na primavera', 'anos atras',
];
/** Words before the verb in its clause that keep the matter open ("until the owner fixed", "never fixed", "thought they had
 * fixed", "tried to"), in the seven languages. */
export const FIXED_UNDONE = [
  'until', 'till', 'before', 'if', 'never', 'not', 'no', 'hasnt', 'havent', 'hadnt', 'wasnt', 'werent', 'thought', 'supposedly',
  'supposed', 'tried', 'claimed', 'wish', 'hoped', 'nie', 'nicht', 'bis', 'ne', 'pas', 'jamais', 'jusqu', 'nunca',
  'hasta', 'non', 'mai', 'finche', 'niet', 'nooit', 'tot', 'nao', 'ate',
];

/** Cues of SETTLED that say an audit without findings only beside an audit (review mend, fifty-ninth round): Portuguese
 * "reparo(s)" is a repair as often as an auditor's objection ("os autocarros ficam sem reparos", without repairs), French
 * "constat" any report or finding; they settle only a sentence that names an audit or an inspection. */
export const SETTLED_AUDIT_ONLY = ['aucun constat', 'sans constat', 'sem reparos', 'nao teve reparos', 'nao houve reparos'];
/** The words of an audit in the seven languages, accents dropped, that let SETTLED_AUDIT_ONLY settle. */
export const AUDIT_WORDS = [
  'audit', 'audits', 'auditor', 'auditors', 'inspection', 'inspections', 'prufung', 'prufer', 'revision', 'auditoria',
  'auditorias', 'auditeur', 'auditeurs', 'auditores', 'revisore', 'ispezione', 'controle', 'controlo',
  'inspeccion', 'inspecao', 'verifica',
];

/** Settled cues that settle only the matter named in their own clause, before the cue ("billing is great",
 * "la norma non li tocca", "die Dokumentation klappt eigentlich"; "les devis, c'est bien géré" does not: its matter is
 * in another clause): never a clause where the cue stands alone ("that works", "alles gut"), reaches back to the
 * clause before, or whose subject is a person, a tool or a vendor ("the accountant is great", "the app is great").
 * Each language's ordinary words for "is great", "works, really", "all good", "well handled" and "does not concern,
 * touch, worry or affect them". */
export const SETTLED_NAMED = [
  'is great', 'are great', 'doesnt concern', 'does not concern', 'doesnt affect us', 'does not affect us', 'doesnt apply',
  'does not apply',
  'klappt eigentlich', 'lauft eigentlich', 'funktioniert eigentlich', 'klappt soweit', 'lauft soweit', 'funktioniert soweit',
  'alles gut', 'betrifft uns nicht', 'betrifft ihn nicht', 'betrifft sie nicht', 'geht uns nichts an',
  'bien géré', 'bien gérée', 'bien gérés', 'bien gérées', 'ne le concerne pas', 'ne la concerne pas', 'ne les concerne pas',
  'ne nous concerne pas', 'ne me concerne pas', 'ne l inquiete pas', 'ne les inquiete pas', 'ne nous inquiete pas',
  'no le afecta', 'no les afecta', 'no nos afecta', 'no le concierne', 'no les concierne', 'no nos concierne',
  'no le preocupa', 'no les preocupa',
  'non li tocca', 'non lo tocca', 'non la tocca', 'non ci tocca', 'non li riguarda', 'non lo riguarda', 'non la riguarda',
  'non ci riguarda', 'non lo preoccupa', 'non li preoccupa',
  'alles goed', 'raakt ons niet', 'betreft ons niet',
  'nao nos afeta', 'nao os afeta', 'nao o afeta', 'nao lhe diz respeito', 'nao nos diz respeito', 'nao o preocupa',
  'nao os preocupa',
];
/** The ordinary words, in the six languages, for the person, the tool or the vendor a settled cue may be said of
 * rather than a matter ("our accountant is great", "the app is great", "der Steuerberater, läuft soweit"): said before
 * a named-matter cue in its clause, they keep it from settling. */
export const SETTLED_NOT_MATTER = [
  'team', 'guy', 'guys', 'lead', 'manager', 'agent', 'accountant', 'bookkeeper', 'consultant', 'partner', 'vendor',
  'provider', 'supplier', 'tool', 'tools', 'app', 'apps', 'software', 'system', 'platform', 'spreadsheet', 'group', 'staff',
  'crew', 'people', 'folks', 'chef', 'chefs', 'host', 'hosts', 'agency', 'agencies', 'firm', 'company',
  'he', 'she', 'they', 'we', 'i', 'you', 'someone', 'who',
  'steuerberater', 'buchhalter', 'berater', 'anbieter', 'lieferant', 'er', 'sie', 'wir', 'ich',
  'equipe', 'outil', 'logiciel', 'comptable', 'fournisseur', 'prestataire', 'il', 'elle', 'ils', 'elles', 'nous', 'je',
  'equipo', 'herramienta', 'contador', 'proveedor', 'ella', 'ellos', 'nosotros',
  'squadra', 'strumento', 'commercialista', 'fornitore', 'lui', 'lei', 'loro', 'noi',
  'leverancier', 'boekhouder', 'hij', 'zij', 'wij', 'ik',
  'equipa', 'ferramenta', 'contabilista', 'contador', 'fornecedor', 'ele', 'ela', 'eles',
];

/** Words that open a settled clause and point back at the clause before ("..., but that's handled by our
 * regulatory guy", "..., it's sorted"): the one before is settled too. */
export const SETTLED_ANAPHORS = [
  'that', 'thats', 'this', 'it', 'its', 'which',
  // The same pronouns in the other five languages: "..., ce n'est pas pour ça", "..., das ist erledigt", "..., eso está resuelto".
  'ce', 'c', 'cela', 'ca', 'das', 'dies', 'eso', 'esto', 'ello', 'cio', 'questo', 'dat', 'dit', 'daar', 'isso', 'isto',
];

/** notes-subjectless: Spanish, Italian and Portuguese say "is not" without a subject ("Compliance IMT tratada, não é o
 * motivo da conversa", "el cumplimiento, no es el tema"): a settled clause opening on one of these says it of the
 * clause before, as one opening on "that" does. */
export const SUBJECTLESS_NOT = ['no es', 'no son', 'no era', 'no fue', 'non e', 'non sono', 'non era', 'nao e', 'nao sao', 'nao era', 'nao foi'];

/** Said just before a settling phrase, these deny it: Italian, Spanish and Portuguese put "not" before the verb ("non è
 * coperta", "no está cubierta"), French before it and after ("n'est pas couvert"). */
export const SETTLED_DENIED_BEFORE = ['not', 'no', 'non', 'nao', 'ne', 'n', 'pas', 'nicht', 'niet'];
/** English phrases of two words that deny what follows them as "not" does, said just before a settling phrase: "is
 * anything but fine with the rota", "far from happy with it", "nowhere near sorted", "less than happy with". */
export const SETTLED_DENIED_PHRASES = [
  'anything but', 'far from', 'nowhere near', 'less than', 'alles andere als', 'loin de', 'loin d', 'loin detre',
  'lejos de', 'tuttaltro che', 'lontano da', 'longe de', 'verre van',
];
/** Words said between such a phrase and the settling word it denies: "far from being happy with", "lejos de estar
 * satisfecha con", "longe de estar satisfeito com" (review mend). */
export const SETTLED_DENIED_PHRASE_GAP = ['being', 'really', 'entirely', 'totally', 'completely', 'etre', 'estar', 'ser', 'essere'];
/** "To be" in the six languages, said between a "not" and the settling word it denies: "não estão satisfeitos com",
 * "no están satisfechos con", "non sono soddisfatti di", "they are not happy with" has its "not" next to it. */
export const SETTLED_DENIED_COPULAS = [
  'is', 'are', 'was', 'were', 'ist', 'sind', 'war', 'waren', 'est', 'sont', 'etait', 'etaient', 'es', 'son', 'esta', 'estan',
  'estamos', 'somos', 'era', 'eran', 'e', 'sono', 'siamo', 'erano', 'zijn', 'estao', 'sao', 'foi', 'foram',
];
/** Said just after one, these undo it: "ça fonctionne mal", "quello funziona male", "eso funciona fatal", and the
 * colloquial French that drops "ne" ("ça fonctionne pas"). */
export const SETTLED_DENIED_AFTER = ['mal', 'male', 'fatal', 'pas', 'slecht', 'schlecht', 'badly', 'nicht'];

/** After a contracted "is" ("recall's ok", "billing's handled"), these settle the clause. */
export const SETTLED_AFTER_IS = ['ok', 'okay', 'fine', 'good', 'handled', 'sorted', 'covered', 'solved', 'resolved'];

/** "is" and its forms, before a settling word a word or two on ("is all handled", "are already sorted"). */
export const COPULAS = ['is', 'are', 'was', 'were', 'been'];
/** Words that may stand between "is" and a settling word. */
export const SETTLED_ADVERBS = ['all', 'already', 'totally', 'pretty', 'much', 'mostly', 'largely', 'really', 'actually', 'now', 'basically', 'fully'];
/** The English headings of REQUIREMENT_HEADINGS (its first words), read wherever the colon follows them ("Their key requirements: ..."),
 * as before the fifty-eighth round; the six languages' words must open their sentence (review mend). */
export const REQUIREMENT_HEADINGS_ANYWHERE = ['requirement', 'requirements', 'required', 'prerequisite', 'prerequisites'];
/** A heading that opens a requirement ("Requirement: single sign-on via our IdP"), followed by a colon; in the six
 * languages too (fifty-eighth round), their words for requirements and conditions, as typed without the accents
 * ("prérequis", "condições"). Not English and French "condition(s)": "Condition: roof leaking" opens a survey's state
 * of things far more often than terms (review mend). */
export const REQUIREMENT_HEADINGS = [...REQUIREMENT_HEADINGS_ANYWHERE,
  'bedingung', 'bedingungen', 'anforderungen', 'voraussetzungen', 'exigences', 'prerequis', 'requisitos', 'exigencias',
  'condicion', 'condiciones', 'requisiti', 'condizione', 'condizioni', 'eisen', 'vereisten', 'voorwaarde', 'voorwaarden',
  'condicao', 'condicoes'];

/** Sixty-third round: the words that join a requirement heading to what it is for, before the colon ("Requirements for
 * the tender:", "Anforderungen an die Lösung:", "Exigences pour le marché :", "Eisen voor het nieuwe contract:"); the heading
 * then opens a requirement as it does with the colon right after it. */
export const REQUIREMENT_HEADING_LINKS = ['for', 'of', 'fur', 'an', 'pour', 'du', 'de', 'para', 'del', 'per', 'della', 'dei', 'voor', 'van', 'aan', 'do', 'da'];
/** How many words after the heading the colon may follow when a link word joins them. */
export const REQUIREMENT_HEADING_REACH = 4;

/** The labels of the rep's own plans in call notes and meeting summaries, each language's ordinary heading for them:
 * "Next steps:", "Action items:"; German "Nächste Schritte", French "Prochaines étapes", Spanish "Próximos pasos",
 * Italian "Prossimi passi", Dutch "Volgende stappen", Portuguese "Próximos passos" (and their singulars, and as typed
 * without the accents). What the line or list under one says is what the rep will send or do, not the prospect's
 * trouble. "Follow-up:" and "To do:" as often head what the prospect said back: `NEXT_STEP_IF_PLAN`. */
export const NEXT_STEP_LABELS = [
  'next steps?', 'action items?', 'action points?',
  'n(?:ä|ae?)chster? schritte?', 'prochaines? [ée]tapes?', 'pr[óo]ximos? pasos?', 'prossimi passi', 'prossimo passo', 'volgende stap(?:pen)?', 'pr[óo]ximos? passos?',
];
/** Labels that head the rep's plan only when the line or item reads as one (`NEXT_STEP_PLAN`): "Follow-ups: Gemma
 * to send the site plan" is, "Follow-up: alarms every weekend, still." is what the prospect said back. */
export const NEXT_STEP_IF_PLAN = ['to-?\\s?dos?', 'follow-?\\s?ups?'];
/** What a plan does, opening the line or item or after "to", "will" ("send the deck", "Priya to send the floor plan"). */
export const NEXT_STEP_PLAN_VERBS = ['send', 'share', 'book', 'call', 'schedule', 'email', 'e-mail', 'arrange', 'set up', 'demo', 'introduce', 'forward', 'follow up'];
/** A next step that reports the prospect rather than the rep's plan ("they must sort the alarms first", "..., they
 * said", "the customer wants"): English subjects and verbs of saying, needing and wanting. */
export const NEXT_STEP_REPORTS = [
  '(?:they|he|she|(?:the )?(?:customer|client|prospect|buyer)s?)\\s+(?:said|says?|told|asked|mentioned|must|needs?|wants?|wanted|have to|has to|insist(?:s|ed)?)',
];

/** Said alone after a topic ("Labor, no."), the answer settles the clause before it. */
export const ANSWER_NO = ['no', 'nope', 'nah', 'not really', 'nein', 'non', 'nee', 'nao'];
/** English idioms that open on "no" and say yes: "No surprise, that is what she raised first", "No doubt, ...". */
export const NO_AFFIRMING = ['surprise', 'surprises', 'doubt', 'question', 'wonder', 'kidding'];
/** After a no, the words that make it "I don't know", not a turn-down: "no idea", "no clue", Spanish "no sé", Italian
 * "non so", Portuguese "não sei". */
export const NO_KNOWING = ['idea', 'clue', 'se', 'so', 'sei'];

/** The clause states a requirement, not a problem. */
export const REQUIREMENT = [
  'must have', 'must haves', 'must integrate', 'must work', 'must support', 'must connect', 'has to talk', 'have to talk',
  'has to work with', 'has to integrate', 'needs to work with', 'need to work with', 'needs to integrate', 'need to integrate',
  'needs to connect', 'needs to talk', 'non negotiable', 'deal breaker',
  // German, French, Spanish, Italian, Dutch, Portuguese
  'muss mit', 'muss an', 'muss sich', 'mussen mit', 'anforderung', 'voraussetzung', 'doit s integrer', 'doit se connecter',
  'doit etre compatible', 'doit fonctionner avec', 'exigence', 'tiene que integrarse', 'tiene que conectarse',
  'tiene que funcionar con', 'debe integrarse', 'requisito', 'requisitos', 'deve integrarsi', 'deve collegarsi',
  'deve funzionare con', 'moet koppelen', 'moet integreren', 'moet werken met', 'moet aansluiten', 'vereiste',
  'tem de integrar', 'tem que integrar', 'precisa integrar', 'tem de funcionar com', 'tem que funcionar com',
  // notes-six-languages: the other verbs each language says a requirement with: "muss ... angebunden sein", "doit
  // communiquer avec", "tiene que conectar con", "deve essere compatibile", "moet kunnen koppelen", "precisa de integrar".
  'muss kompatibel', 'muss integriert', 'muss angebunden', 'muss anbindbar', 'muss zusammenarbeiten', 'mussen integriert',
  'doit etre integre', 'doit communiquer avec', 'doit s interfacer', 'doit se brancher', 'doit etre connecte', 'doit se synchroniser',
  'tiene que conectar', 'tiene que integrar', 'tiene que ser compatible', 'debe conectar', 'debe conectarse', 'debe funcionar con',
  'debe ser compatible', 'tiene que sincronizar',
  'deve essere integrato', 'deve essere compatibile', 'deve integrare', 'deve connettersi', 'deve dialogare con',
  'moet kunnen koppelen', 'moet gekoppeld', 'moet compatibel', 'moet praten met', 'moet aansluiten op',
  'tem de conectar', 'tem que conectar', 'precisa de integrar', 'precisa conectar', 'deve integrar', 'deve conectar',
  'tem de ser compativel', 'tem que ser compativel',
  // fixes61: interest on a condition of the tool ("interested only if it reads our barcodes", "only interested if it
  // plugs into the till"): the condition is what the tool must do, not a pain. With "if" only: "interested only in X"
  // names their topic.
  'interested only if', 'only interested if', 'interested only when', 'only interested when', 'only interested as long as',
  'nur interessiert wenn', 'nur interessiert falls', 'nur dann interessiert wenn', 'interesse nur wenn',
  'interesse seulement si', 'interesses seulement si', 'interessee seulement si', 'interessees seulement si',
  'seulement interesse si', 'seulement interesses si', 'interesse uniquement si', 'interesses uniquement si',
  'interesado solo si', 'interesados solo si', 'interesada solo si', 'interesadas solo si', 'solo interesados si', 'solo interesado si',
  'interessato solo se', 'interessati solo se', 'interessata solo se', 'interessate solo se', 'solo interessati se', 'interessa solo se',
  'alleen geinteresseerd als', 'alleen geinteresseerd indien', 'geinteresseerd alleen als',
  'so interessados se', 'so interessado se', 'so interessada se', 'interessados so se', 'interessado so se', 'interessada so se',
];
/** A word saying a thing is obliged, in the seven languages as typed without accents ("mandatory", "Pflicht",
 * "obligatoire", "obligatorio", "obbligatorio", "verplicht", "obrigatório"): a requirement of the tool where it is said
 * of its clause's subject ("hosting on-shore is mandatory", "Anbindung an DATEV ist Pflicht", "Intégration Sage
 * obligatoire."), not where it qualifies a noun of the prospect's own ("a mandatory inspection they keep failing"). */
export const OBLIGED = ['mandatory', 'compulsory', 'obligatory', 'pflicht', 'verpflichtend', 'obligatoire', 'obligatoires',
  'obligatorio', 'obligatoria', 'obbligatorio', 'obbligatoria', 'obbligatori', 'verplicht', 'obrigatorio', 'obrigatoria',
  // Review mend: the plurals, masculine and feminine ("son obligatorias", "sono obbligatorie", "são obrigatórios").
  'obligatorios', 'obligatorias', 'obbligatorie', 'obrigatorios', 'obrigatorias'];
/** The copulas an obliged word is said after in the six other languages ("ist Pflicht", "est obligatoire", "es
 * obligatorio", "è obbligatoria", "is verplicht", "é obrigatória"). */
export const OBLIGED_COPULAS = ['is', 'are', 'ist', 'sind', 'est', 'sont', 'es', 'son', 'e', 'sono', 'zijn', 'sao', 'seja'];
/** Articles and possessives of the seven languages: an obliged word right after one qualifies the noun it comes before
 * ("the mandatory overtime", "die Pflicht-Überstunden", "nos heures obligatoires"), not a subject said before it (review
 * mend, sixty-first round). */
export const OBLIGED_DETERMINERS = ['the', 'a', 'an', 'our', 'their', 'its', 'this', 'these', 'those', 'that', 'my', 'his', 'her',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'unsere', 'unser', 'ihre', 'ihr', 'diese',
  'le', 'la', 'les', 'l', 'un', 'une', 'nos', 'notre', 'leurs', 'leur', 'ces', 'cette',
  'el', 'los', 'las', 'una', 'nuestros', 'nuestras', 'nuestro', 'nuestra', 'sus', 'su', 'estos', 'estas',
  'il', 'lo', 'i', 'gli', 'uno', 'nostri', 'nostre', 'nostro', 'nostra', 'loro', 'questi', 'queste',
  'de', 'het', 'een', 'onze', 'ons', 'hun', 'deze',
  'o', 'os', 'as', 'um', 'uma', 'nossos', 'nossas', 'nosso', 'nossa', 'seus', 'suas', 'estes', 'estas'];
/** What buyers require of software; a requirement only when the clause also says it is needed. */
export const REQUIRED_THINGS = [
  'integration with', 'integrate with', 'integrates with', 'integration', 'integrations', 'sso', 'single sign on', 'api',
  'api access', 'soc 2', 'soc2', 'security review', 'security questionnaire', 'mobile app',
];
export const NEED = ['need', 'needs', 'must', 'requirement', 'requirements', 'required', 'want', 'wants', 'has to', 'have to', 'looking for', 'evaluating', 'muss', 'doit', 'debe', 'deve', 'moet',
  // Review mend (fifty-fifth round): "needed" and "necessary" as the other languages say them ("keine Integration
  // nötig", "geen koppeling nodig", "pas besoin d'intégration", "no se necesita", "non c'è bisogno", "não precisa").
  'necessary', 'notig', 'benotigt', 'nodig', 'besoin', 'necesita', 'necesitan', 'necesario', 'necesaria', 'bisogno',
  'precisa', 'precisam'];

/** The note says there is no pain to speak of. */
export const NO_PAIN = [
  'no pain', 'no pains', 'no pain identified', 'no need identified', 'pas de besoin', 'no hay proyecto', 'didnt discuss problems',
  'no problems discussed', 'just curious', 'pricing only', 'no project',
  // Nothing raised or mentioned yet ("No specific issue raised yet": one word may stand after "no").
  'no issue raised', 'no issues raised', 'no problem raised', 'no problems raised', 'no pain raised', 'no pains raised',
  'no issue mentioned', 'no issues mentioned', 'no problem mentioned', 'no problems mentioned', 'no pain mentioned',
  'no issues discussed', 'no issue discussed', 'no pain discussed', 'no pains discussed', 'nothing raised', 'nothing specific raised',
  // Nothing shared or stated (sixty-third round: "No operational problems shared", a word may stand after "no"). "No
  // pain ..." reads already; these are the other nouns' verbs the earlier lists lacked.
  'no problems shared', 'no problem shared', 'no issues shared', 'no issue shared', 'no problems stated', 'no problem stated',
  'no issues stated', 'no issue stated',
  // A partner's or reseller's inquiry: a firm that wants to sell or build on the product, not to buy it (sixty-third
  // round).
  'partner inquiry', 'partner enquiry', 'partnership inquiry', 'partnership enquiry', 'reseller inquiry',
  'reseller enquiry', 'channel partner inquiry',
  // A lead the rep ruled out, or one that is not buying now.
  'not a fit', 'no fit', 'not a buyer', 'not our buyer', 'not our market', 'not our customer', 'not our segment', 'disqualified', 'not qualified', 'unqualified', 'not a good time', 'not a great time',
  'bad timing',
  // notes-all-fine: the whole business said to be fine ("everything is fine, just wants a demo", "nothing broken, just
  // wants a price"), in the six languages (twenty-first round).
  'everything is fine', 'everything fine', 'everything works', 'everything is working', 'everything is good',
  'everything ok', 'everything is ok', 'nothing broken', 'nothing is broken', 'nothing wrong', 'nothing is wrong',
  'alles lauft gut', 'alles funktioniert', 'alles in ordnung', 'tout fonctionne', 'tout marche', 'todo funciona',
  'todo va bien', 'tutto funziona', 'tutto va bene', 'alles werkt', 'alles gaat goed', 'tudo funciona', 'tudo corre bem',
  // A student or researcher, not a buyer: "thesis on fleet electrification", "for a university project".
  // Not "internship", "research project" or "mémoire" alone: an HR buyer runs internships, a lab research projects,
  // and "mémoire" is also a computer's memory.
  'thesis', 'dissertation', 'university project', 'school project', 'class project', 'student project', 'internship project',
  'masterarbeit', 'bachelorarbeit', 'doktorarbeit', 'abschlussarbeit', 'studienprojekt', 'memoire de fin d etudes',
  'memoire de master', 'these de doctorat',
  'projet etudiant', 'projet universitaire', 'tesis', 'trabajo de fin de grado', 'proyecto universitario', 'tesi di laurea', 'tesi',
  'progetto universitario', 'scriptie', 'afstudeerscriptie', 'afstudeeropdracht', 'stageopdracht', 'stage opdracht',
  'dissertacao', 'tese', 'trabalho de conclusao de curso', 'projeto universitario',
];

/** What a prospect's answer says to confirm the problem the seller's question named (notes-question-answered):
 * a complaint ("honestly its a mess"), that it goes badly or not at all ("not well", "we dont"), or that someone
 * takes it ("they steal them"). The knowledge's slow, costly, wrong and lacking qualifiers and its ways of working
 * by hand (a workaround: "excel", "a notebook") count too. */
export const ANSWER_PROBLEM = [
  'mess', 'messy', 'nightmare', 'chaos', 'disaster', 'headache', 'pain', 'painful', 'struggle', 'struggling', 'terrible',
  'awful', 'horrible', 'badly', 'poorly', 'not well', 'not great', 'not good', 'could be better', 'we dont', 'we do not',
  'we cant', 'we cannot', 'i cant', 'kills', 'killing', 'hurts', 'hurting', 'frustrating', 'ugh', 'broken', 'steal',
  'steals', 'stealing', 'poach', 'poached', 'poaching', 'losing', 'lose', 'lost', 'notebook', 'sticky notes', 'post its',
];
/** Complaints any trade makes, beside ANSWER_PROBLEM's and the knowledge's slow and wrong qualifiers ("takes forever",
 * "cant keep up", "mistakes"): a sentence saying one states a problem, whatever its topic (pains-complaint-nearest). */
export const COMPLAINTS = [
  'no idea', 'no clue', 'drowning', 'hell', 'mad', 'angry', 'yell', 'screaming', 'quit', 'constantly', 'again and again',
  'every time', 'guess', 'forget', 'forgot', 'forgotten', 'short', 'empty',
];
/** An answer that turns the question down: the prospect does not have the thing, or does not want it ("we dont
 * really have lines", "we dont sell online and dont want to"). */
export const ANSWER_NOT_HAD = ['dont have', 'dont really have', 'do not have', 'never had', 'havent had', 'dont want', 'do not want', 'dont need'];
/** An answer that turns down what the seller's turn offers or asks of, said anywhere in its first sentence: "we're all
 * set there", "no thanks", "we outsource that to our bank", "ADP handles that", "our accountant takes care of that", in
 * the six languages ("das machen wir extern", "c'est externalisé", "lo tenemos subcontratado", "se ne occupa la
 * banca", "dat is uitbesteed", "isso é terceirizado"). The settled cues ("handled by", "not needed", "kein Bedarf") and
 * the plain no (ANSWER_NO) say it too; these are what a refusal adds. Read only of the answer to a seller's turn, and
 * not where its sentence complains ("we outsource it and the bank gets it wrong"). */
export const ANSWER_REFUSED = [
  'all set', 'no thanks', 'no thank you', 'not necessary', 'ill pass', 'well pass', 'pass on that', 'pass on it', 'pass on this',
  'outsource', 'outsourced', 'outsourcing', 'handles that', 'handles it', 'handles this', 'handles all that', 'handle that',
  'handle it', 'takes care of that', 'takes care of it', 'take care of that', 'take care of it', 'does that for us', 'does it for us',
  'nein danke', 'ich passe', 'bitte nicht', 'extern', 'ausgelagert', 'lagern wir aus', 'lagern das aus', 'haben wir schon',
  'haben wir bereits', 'kummert sich', 'ubernimmt das', 'macht das fur uns',
  'non merci', 'je passe', 'pas la peine', 'pas necessaire', 'externalise', 'externalisee', 'externalisons', 'sous traite',
  'sous traitee', 'on a deja', 'nous avons deja', 'sen occupe', 'sen charge',
  'no gracias', 'externalizado', 'externalizada', 'externalizamos', 'subcontratado', 'subcontratada', 'subcontratamos',
  'tercerizado', 'tercerizada', 'tercerizamos', 'ya tenemos', 'se encarga', 'no es necesario',
  'no grazie', 'esternalizzato', 'esternalizzata', 'esternalizziamo', 'in outsourcing', 'abbiamo gia', 'se ne occupa',
  'ci pensa',
  'nee bedankt', 'nee dank je', 'nee dank u', 'ik pas', 'uitbesteed', 'besteden we uit', 'besteden dat uit', 'hebben we al',
  'regelt dat', 'doet dat voor ons', 'hoeft niet',
  'nao obrigado', 'nao obrigada', 'terceirizado', 'terceirizada', 'terceirizamos', 'terceiriza', 'externalizamos', 'ja temos',
  'cuida disso', 'nao precisa',
];
/** A refusal said as the answer's opening word alone ("Pass.", "Please don't, ...", "Passo, ..."): only there, where
 * "don't" and "pass" are not the start of something else ("don't know", "pass it on to finance"). */
export const ANSWER_REFUSED_OPENING = /^\s*(?:(?:please\s+)?don[’']?t|(?:(?:i|we)(?:[’']?ll|\s+will)?\s+)?pass(?:\s+for\s+now)?|paso|passo|je\s+passe|ich\s+passe|ik\s+pas)\s*(?:[,.;:!–—-]|$)/i;
/** Open questions, which name no topic of their own ("what's keeping you up at night?", "walk us through a
 * Saturday", "how many units?"): the answer says what hurts in its own words. */
export const OPEN_QUESTION = ['what', 'whats', 'which', 'why', 'who', 'where', 'when', 'walk', 'tell', 'how many', 'how much', 'how long', 'how big'];
/** An answer that opens agreeing with what the seller said ("so parts visibility" / "yeah and ..."). */
export const ANSWER_YES = ['yes', 'yeah', 'yep', 'yup', 'exactly', 'right', 'correct', 'totally', 'definitely', 'absolutely', 'ja', 'oui', 'si', 'sim'];
/** Sixty-ninth round: an answer's first word that says many or often ("hundreds, we keep a crate of spares", "constantly"):
 * to a question asking whether a problem comes in number (QUESTION_OF_AMOUNT), a yes. */
export const ANSWER_MANY = ['thousands', 'hundreds', 'dozens', 'tons', 'loads', 'constantly', 'always', 'daily', 'plenty'];
/** Words of a seller's closed question that ask whether a problem comes in number or at all ("do you see a lot of
 * lamp burnouts?", "any trouble with the turnstiles?"): answered yes or with ANSWER_MANY, the question's topic is the
 * prospect's. */
export const QUESTION_OF_AMOUNT = ['lot', 'lots', 'many', 'often', 'trouble', 'problems', 'issues', 'struggle', 'struggling'];

/** Verbs of a person's duties, in the third person: opening a clause without a subject ("Handles billing and
 * staff timesheets", "Surveys and adjusts cargo losses", "Responsible for payroll") they say what the person
 * does, not what hurts. */
export const DUTY_VERBS = [
  'handles', 'manages', 'runs', 'oversees', 'advises', 'places', 'surveys', 'adjusts', 'leads', 'heads', 'owns',
  'covers', 'supervises', 'coordinates', 'administers', 'underwrites', 'brokers', 'sells', 'buys', 'teaches',
  'responsible',
  // The same duties in the six languages (sixty-ninth round), third person, accents off: "gestisce i turni di tre
  // cantieri", "verwaltet die Mietverträge", "beheert de onderhoudscontracten", "gestiona las compras de cinco obras". Not
  // French and Portuguese "gère",
  // "gere" (the participle "géré" is written so too: "géré par mail" is the complaint), Dutch "leidt" ("leidt tot
  // fouten", leads to) nor the Romance "dirige" alone.
  'verwaltet', 'betreut', 'koordiniert', 'verantwortet', 'leitet', 'gestisce', 'coordina', 'supervisiona', 'amministra',
  'gestiona', 'supervisa', 'administra', 'coordonne', 'supervise', 'beheert', 'coordineert', 'gerencia', 'coordena',
];
/** A clause that opens on the prospect's own request or interest ("Asked about routing", "interested in job tracking
 * software", "found us searching ..."), in everyday English: the two words that open it, after the words that may
 * stand before a duty verb. Not a request said of another party ("the inspector asked for records"), which opens on
 * its subject. */
export const ASKING_OPENERS = [
  'asked about', 'asked for', 'asked if', 'asked whether', 'asks about', 'asks for', 'asks if', 'asking about', 'asking for',
  'asking if', 'interested in', 'curious about', 'found us', 'enquired about', 'inquired about',
];
/** A clause that opens on the prospect wanting a kind of product ("wants booking software for the kennels", "looking
 * for a rota app", "souhaite une plateforme"): on the record of someone in none of the vendor's personas, a request,
 * read as `ASKING_OPENERS` are, when the clause names the product (`PRODUCT_NOUNS`) not followed by the task it is to do
 * ("a tool to plan rounds" says the task) and its sentence says no complaint. The opening verbs in the seven languages. */
export const WANTING_OPENERS = [
  'wants', 'want', 'wanted', 'looking', 'seeks', 'seeking', 'mochte', 'sucht', 'cherche', 'souhaite', 'veut', 'busca', 'buscan',
  'quiere', 'cerca', 'vuole', 'zoekt', 'wil', 'procura', 'quer',
];
/** Kinds of product a buyer asks for by name. */
export const PRODUCT_NOUNS = [
  'software', 'system', 'app', 'platform', 'portal', 'tool', 'template', 'dashboard', 'module', 'plugin', 'solution',
  'logiciel', 'outil', 'plateforme', 'sistema', 'plataforma', 'herramienta', 'strumento', 'piattaforma', 'systeem',
  'programma', 'ferramenta', 'aplicativo', 'aplicacion', 'applicazione',
];
/** Words that may stand before a duty verb in such a clause ("she handles", "also runs"). */
export const DUTY_SUBJECTS = ['he', 'she', 'who', 'they', 'also', 'mainly', 'mostly', 'currently', 'now'];
/** notes-credo: a profile's sentence saying what the person cares for ("Passionate about tidy workshops", "I love turning a
 * sketch into a part", "Big believer in short meetings", "Proud of our crews", "Passionnée de jardinage", "Appassionato di
 * vela", "Apaixonada por qualidade", "ik hou van ..."): what it names is what they enjoy or value, not a problem.
 * Each opener as its words (accents off); those of `CREDO_AFTER_I` only after "I" ("Like most shops ..." is no credo,
 * "Love the new app" is praise of a product, "Cares about overtime at weekends" the rep's note of what worries the buyer). */
export const CREDO_OPENERS = [
  'passionate about', 'passionate for', 'believer in', 'believe in',
  // Pride opening a profile's sentence ("Proud of ...", and since the seventieth round "Proud to serve ...", "Proud member
  // of ...", "Proud parent"): an opener is matched word by word from the sentence's start, so "proud" holds "proud of".
  'proud',
  'passionne par', 'passionnee par', 'passionne de', 'passionnee de', 'passionne du', 'passionnee du',
  'appassionato di', 'appassionata di', 'appassionato del', 'appassionata del', 'appassionato della', 'appassionata della',
  'apasionado por', 'apasionada por', 'apasionado de', 'apasionada de', 'apaixonado por', 'apaixonada por', 'apaixonado pela',
  'apaixonada pela', 'apaixonado pelo', 'apaixonada pelo', 'gepassioneerd door', 'ik hou van', 'mi piace', 'me encanta',
  // The articles' plural and contracted forms: "passionné des", "apasionado del", "appassionata dei / delle / dello /
  // dell' / degli", "apaixonado pelos / pelas".
  'passionne des', 'passionnee des', 'apasionado del', 'apasionada del', 'appassionato dei', 'appassionata dei',
  'appassionato delle', 'appassionata delle', 'appassionato dello', 'appassionata dello', 'appassionato dell',
  'appassionata dell', 'appassionato degli', 'appassionata degli', 'apaixonado pelos', 'apaixonada pelos', 'apaixonado pelas',
  'apaixonada pelas',
  // German: "begeistert von / für", "Leidenschaft für" ("Ich liebe ..." is CREDO_AFTER_I's).
  'begeistert von', 'begeistert fur', 'leidenschaft fur',
];
export const CREDO_AFTER_I = ['love', 'enjoy', 'like', 'care', 'liebe'];
/** The subject words among CREDO_BEFORE ("I", "I'm", "ich") that let CREDO_AFTER_I open a credo. */
export const CREDO_SUBJECTS = ['i', 'im', 'ich'];
/** What after "I love / like" says a wish, the change wanted, not a taste: "I love to ...", "I love the idea of getting
 * rid of the paper rotas", "I like the thought of ...". */
export const CREDO_WISHES = ['to', 'the idea of', 'the thought of'];
/** A credo that says what should not happen ("Passionate about getting crews out at 2am without calling five people")
 * is a want, the problem said in it. */
export const CREDO_LACKING = ['without', 'no', 'not', 'never', 'nobody', 'instead'];
/** Words that may stand before a credo's opener: its subject and a degree ("I'm a big believer in", "also passionate
 * about"), or "and" opening it in a longer sentence ("... und ich liebe", "... en ik hou van"). */
export const CREDO_BEFORE = ['i', 'im', 'am', 'a', 'big', 'huge', 'firm', 'strong', 'true', 'really', 'truly', 'deeply', 'very', 'also', 'and', 'en', 'et', 'e', 'y', 'und', 'sono', 'soy', 'sou', 'ben', 'je', 'suis', 'ich', 'bin'];
/** A person's tenure said as a clause of its own ("Route tech, 2 years", "15 yrs in media sales"): the units of years
 * in the six languages, and the words that may follow them there (the trade, the field). */
export const TENURE_UNITS = ['years', 'yrs', 'year', 'yr', 'jahre', 'ans', 'annees', 'anos', 'anni', 'jaar', 'jaren'];
export const TENURE_LINKS = ['in', 'on', 'at', 'as', 'im', 'en', 'em', 'dans', 'nel', 'als', 'bij', 'bei', 'chez', 'presso'];
/** "between" after a tenure: a career only between two fields ("20 anos entre auditoria e indústria"), not "Diez años
 * entre hojas de cálculo, las rutas ..." (read in notes.ts with the clause's "and"). */
export const TENURE_BETWEEN = ['between', 'entre', 'tra', 'fra', 'zwischen', 'tussen'];
/** The counts of years a tenure is said with in words, in the six languages and English (accents off): "acht Jahre",
 * "tien jaar", "dix ans", "diez años", "dieci anni", "dez anos": two to twelve, fifteen, twenty and thirty of the one
 * table of number words, but Spanish "dos" (French back), "once" and "quince" (English), Italian "sei" (you are) and
 * "dozen" (said with "a"). */
export const TENURE_NUMBER_WORDS = [
  ...numberWords({ values: (v) => (v >= 2 && v <= 12) || v === 15 || v === 20 || v === 30, forms: ['plain'], except: ['dos', 'once', 'quince', 'sei', 'dozen'] }).keys(),
];
/** Words said before a tenure that place it in the person's past career ("Vorher zwölf Jahre Spedition",
 * "Daarvoor zes jaar inkoop", "Previously 8 years at a bank"): such a tenure is the career whatever follows it. */
export const TENURE_BEFORE = ['previously', 'before', 'formerly', 'vorher', 'zuvor', 'davor', 'daarvoor', 'voorheen', 'auparavant', 'avant', 'anteriormente', 'antes', 'prima', 'precedentemente'];
/** A finite verb after "and" in a tenure's clause opens a second clause, often the complaint ("Three years with them and
 * the routes are still planned by hand", "Drie jaar bij hen en de routes worden ..."): the tenure is no profile then,
 * unlike "12 years in sales and marketing". Copulas and auxiliaries in the six languages (accents off). */
export const TENURE_CLAUSE_VERBS = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'hat', 'haben',
  'est', 'sont', 'etait', 'etaient', 'ont', 'sera', 'es', 'son', 'esta', 'estan', 'era', 'eran', 'se', 'sono', 'sta', 'stanno',
  'zijn', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'sao', 'estao', 'foi', 'foram',
];
/** Words that open a sentence naming the person's former job, with no tenure counted ("Previously QA lead at a
 * bakery", "Formerly a ward clerk", "Former county auditor", "Eerder boekhouder voor een waterschap", "Zuvor
 * Einkäuferin bei einem Autozulieferer"), in the six languages and English (accents off). Not "before", "avant",
 * "antes", "prima": prepositions as often ("Prima di firmare ..."), opening what the business did before a change. */
export const FORMER_JOB_OPENERS = [
  ...TENURE_BEFORE.filter((w) => !['before', 'avant', 'antes', 'prima'].includes(w)),
  'former', 'fruher', 'eerder', 'anciennement',
];
/** Words after such an opener that make it the business's own past ("Previously we kept the rota on cards", "Vorher lief
 * alles über Fax", "Eerder de roosters op papier"): a subject's pronoun, an article or a possessive in the six
 * languages; the sentence then says how things were, read as any is. */
export const FORMER_JOB_NOT_AFTER = [
  'we', 'they', 'i', 'he', 'she', 'it', 'the', 'our', 'their', 'this', 'that', 'there', 'everything', 'all', 'each', 'every',
  'wir', 'sie', 'er', 'es', 'ich', 'man', 'die', 'der', 'das', 'den', 'unsere', 'ihre', 'alles', 'lief', 'lag', 'gab', 'war', 'wurde', 'wurden', 'hatten',
  'nous', 'ils', 'elles', 'on', 'je', 'il', 'elle', 'les', 'le', 'la', 'tout', 'nos', 'leurs',
  'nosotros', 'ellos', 'ellas', 'los', 'las', 'el', 'todo', 'se', 'noi', 'loro', 'gli', 'lo', 'tutto', 'si',
  'wij', 'ze', 'zij', 'hij', 'het', 'de', 'alles', 'onze', 'hun', 'werd', 'werden',
  'eles', 'elas', 'os', 'as', 'eu', 'tudo',
];
/** After a past word and a tenure, words that say no field follows: "Previously 2 years of routing by hand" (what was
 * done, often the complaint), "Before 2 years ago" (a date), in the six languages. */
export const TENURE_NOT_FIELDS = ['of', 'ago', 'back', 'later', 'de', 'des', 'du', 'di', 'da', 'do', 'dos', 'das', 'del', 'van', 'von', 'fa', 'geleden', 'her', 'atras', 'plus', 'mehr', 'meer', 'mas', 'piu', 'mais', 'more', 'now'];
/** Labels of the seller's turns in a pasted call transcript ("REP: ...", "AE: ..."). */
export const SELLER_LABELS = ['rep', 'r', 'ae', 'sdr', 'bdr', 'me', 'sales', 'seller', 'vendor', 'interviewer', 'host', 'csm', 'se', 'us', 'we', 'bot', 'chatbot'];
/** Who or what makes a record rather than speaking in it, beside the seller's labels: the tool's words ("Auto-imported",
 * "synced by the integration", "AI-generated"). The ordinary words of any CRM or note-taking tool for its own automation. */
export const RECORD_MAKERS = ['auto', 'ai', 'integration', 'bot', 'zap', 'sync', 'import', 'enrichment'];
/** The verbs of making a record: typing it, logging it, pasting it, generating or enriching it. Beside a record's maker
 * in a short clause ("BDR typed:", "rep typed after the call", "copied in by rep", "Auto-imported:") they describe the record,
 * not the prospect. */
export const RECORD_VERBS = ['typed', 'typing', 'logged', 'logging', 'pasted', 'enriched', 'generated', 'transcribed', 'synced', 'imported', 'captured', 'copied', 'scraped', 'jotted', 'entered'];
/** The words that may follow a record's verb in a label of the record ("logged via integration", "typed from call", "copied
 * in by rep", "typing live"): how, by whom or when it was made. Anything else after the verb is what the maker did, often the
 * prospect's complaint about their own tooling ("the integration logged errors", "sync copied duplicates"). */
export const RECORD_VERB_LEADS = ['by', 'via', 'from', 'during', 'after', 'in', 'on', 'at', 'live', 'through', 'while', 'before', 'with', 'over'];
/** Words a point ends that do not end a sentence: "e.g. Saturdays", "approx. 3 tables", "St. Albans" (notes.ts
 * `sentenceStart`); a single letter ("J. Smith") too. */
export const POINT_ABBREVIATIONS = ['e.g', 'i.e', 'eg', 'ie', 'etc', 'approx', 'appr', 'ca', 'vs', 'incl', 'excl', 'esp', 'st', 'mr', 'mrs', 'ms', 'dr', 'no', 'nr', 'min', 'max', 'avg', 'est', 'appt', 'dept', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Of those, the ones a point never ends a sentence after ("e.g. Saturdays", "vs. Acme"); the others end one where a
 * capitalised word follows ("reminders by text etc. The customer ..."). */
export const POINT_ABBREVIATIONS_LEADING = ['e.g', 'i.e', 'eg', 'ie', 'approx', 'appr', 'ca', 'vs', 'incl', 'excl', 'esp'];
/** Of those, titles before a name ("Dr. Smith", "St. Albans"): a sentence ends after one only where a sentence's
 * opening word follows ("on Church St. The customer ..."), as after a single letter ("J. Smith", "Plan B. The ..."). */
export const POINT_TITLES = ['st', 'mr', 'mrs', 'ms', 'dr'];
/** The clause openers a rep's disowning note's point comes after ("owner liked the demo but pricing not raised by
 * them": pricing), beside CLAUSE_OPENERS and COORDINATING_AND. */
export const POINT_OPENERS = ['or', 'so', 'while', 'because', 'since', 'yet', 'plus', 'then', 'also', 'only'];
/** How a rep writes that the prospect let a guess pass, neither yes nor no, in the seven languages (accents and
 * apostrophes dropped): "the owner didn't bite", "Sam shrugged", "no reaction", "ging nicht darauf ein", "n'a pas réagi",
 * "se encogió de hombros", "non ha commentato", "haalde de schouders op", "não comentou". The guess stays the rep's,
 * and names no pain, as a guess turned down does. */
/** The phrases of GUESS_NOT_TAKEN_UP that are a noun of answer ("no reply"), which also opens a noun phrase ("no reply
 * to customers for days", "no response SLA"): a let-pass only at the clause's end or before one of
 * GUESS_NO_REPLY_AFTER (from whom, yet, back) or a word of what it is about (review mend). */
export const GUESS_NO_REPLY = ['no response', 'no reply', 'keine antwort', 'pas de reponse', 'sin respuesta', 'nessuna risposta',
  'geen antwoord', 'sem resposta'];
export const GUESS_NO_REPLY_AFTER = ['from', 'yet', 'back', 'either', 'so', 'von', 'bisher', 'noch', 'de', 'encore', 'del',
  'aun', 'todavia', 'da', 'ancora', 'van', 'nog', 'dela', 'dele', 'deles', 'ainda'];
export const GUESS_NOT_TAKEN_UP = [
  'didnt bite', 'did not bite', 'didnt comment', 'did not comment', 'no comment', 'didnt react', 'did not react',
  'no reaction', 'didnt engage', 'did not engage', 'didnt take the bait', 'did not take the bait', 'shrugged',
  'brushed it off', 'waved it off', 'changed the subject',
  // Sixty-third round: a pitch the prospect never answered ("mentioned X, no reply from her"), in the seven languages.
  'no response', 'no reply', 'didnt respond', 'did not respond', 'didnt reply', 'did not reply',
  'keine antwort', 'pas de reponse', 'sin respuesta', 'nessuna risposta', 'geen antwoord', 'sem resposta',
  'ging nicht darauf ein', 'ging nicht drauf ein', 'keine reaktion', 'reagierte nicht', 'hat nicht reagiert', 'zuckte mit den schultern',
  'na pas reagi', 'pas de reaction', 'na pas commente', 'a hausse les epaules', 'haussa les epaules',
  'no reacciono', 'no comento', 'sin reaccion', 'se encogio de hombros',
  'non ha reagito', 'non ha commentato', 'nessuna reazione', 'ha alzato le spalle', 'ha scrollato le spalle',
  'reageerde niet', 'geen reactie', 'haalde de schouders op', 'haalde zijn schouders op', 'haalde haar schouders op',
  'nao reagiu', 'nao comentou', 'sem reacao', 'encolheu os ombros',
  // Review mend: the present tense, "said nothing", "wasn't interested", and the six languages' other ordinary forms
  // ("ist nicht darauf eingegangen", "ging er niet op in", "deu de ombros", "ha fatto spallucce", "no dijo nada").
  'doesnt bite', 'does not bite', 'doesnt react', 'does not react', 'doesnt comment', 'does not comment', 'shrugs',
  'wasnt interested', 'was not interested', 'said nothing',
  'ist nicht darauf eingegangen', 'ist nicht drauf eingegangen', 'geht nicht darauf ein', 'zuckt mit den schultern',
  'sagte nichts', 'hat nichts gesagt',
  'hausse les epaules', 'na rien dit', 'ne reagit pas',
  'no dijo nada', 'no ha dicho nada', 'no reacciona',
  'ha fatto spallucce', 'fa spallucce', 'non ha detto niente', 'non ha detto nulla',
  'ging er niet op in', 'is er niet op ingegaan', 'gaat er niet op in', 'zei niets', 'zei niks', 'haalt zijn schouders op',
  'haalt haar schouders op',
  'deu de ombros', 'da de ombros', 'nao disse nada',
  // Fifty-eighth round: the prospect never raised it ("never mentioned it", "didn't bring it up"), in the six languages
  // ("hat es nicht erwähnt", "ne l'a pas mentionné", "no lo mencionó", "non l'ha menzionato", "heeft het niet genoemd",
  // "não mencionou").
  // (The English forms are among the review mend's variants below.)
  'hat es nicht erwahnt', 'ne la pas mentionne', 'no lo menciono', 'non lha menzionato',
  'non lo ha menzionato', 'heeft het niet genoemd', 'nao mencionou',
  // Review mend: the ordinary variants, "didn't raise it", "didn't mention that", "er erwähnte es nicht", "hat das nicht
  // erwähnt", "il n'en a pas parlé", "no habló de eso", "non ne ha parlato", "noemde het niet", "não falou nisso".
  ...['didnt', 'did not'].flatMap((neg) => ['it', 'that', 'this'].flatMap((it) => [`${neg} mention ${it}`, `${neg} raise ${it}`, `${neg} bring ${it} up`])),
  ...['it', 'that', 'this'].flatMap((it) => [`never mentioned ${it}`, `never raised ${it}`, `never brought ${it} up`]),
  'erwahnte es nicht', 'erwahnte das nicht', 'hat das nicht erwahnt', 'hat es nie erwahnt', 'hat das nie erwahnt',
  'sprach es nicht an', 'hat es nicht angesprochen', 'hat das nicht angesprochen',
  'nen a pas parle', 'nen a jamais parle', 'ne la jamais mentionne', 'ne la pas evoque', 'nen parle pas',
  'no hablo de eso', 'no hablo de ello', 'no lo ha mencionado', 'nunca lo menciono', 'no lo saco',
  'non ne ha parlato', 'non ne ha mai parlato', 'non lha nominato', 'non lha mai menzionato', 'non lo ha nominato',
  'noemde het niet', 'noemde het nooit', 'heeft het nooit genoemd', 'vermeldde het niet', 'heeft het niet vermeld',
  'begon er niet over', 'is er niet over begonnen',
  'nao falou nisso', 'nao falou disso', 'nunca mencionou', 'nao tocou no assunto', 'nao mencionou isso',
];
/** A let-pass that turns to the prospect's own topic ("changed the subject to the proofs"), in the seven languages. */
export const GUESS_TOPIC_CHANGED = [
  'changed the subject', 'wechselte das thema', 'hat das thema gewechselt', 'a change de sujet', 'cambio de tema',
  'ha cambiato argomento', 'veranderde van onderwerp', 'mudou de assunto',
];

/** How a rep marks their own guess as not yet checked, at the end of its clause or in brackets after it (fifty-ninth
 * round): "probably short of drivers - unverified", "(just a guess)", "to be confirmed", in the seven languages (joined
 * words, accents dropped: "nicht bestätigt", "à confirmer", "sin confirmar", "da confermare", "niet bevestigd", "não
 * confirmado"). */
export const GUESS_UNCONFIRMED = [
  'not confirmed', 'unconfirmed', 'not yet confirmed', 'to be confirmed', 'tbc', 'need to confirm', 'needs confirming',
  'to confirm', 'not verified', 'unverified', 'my guess', 'just a guess', 'only a guess', 'just my guess', 'a guess',
  'nicht bestatigt', 'unbestatigt', 'noch nicht bestatigt', 'noch zu bestatigen', 'zu bestatigen', 'meine vermutung', 'nur eine vermutung',
  'non confirme', 'pas confirme', 'pas encore confirme', 'a confirmer', 'mon hypothese', 'ma supposition', 'juste une supposition',
  'no confirmado', 'sin confirmar', 'por confirmar', 'a confirmar', 'mi suposicion', 'solo una suposicion',
  'non confermato', 'da confermare', 'la mia ipotesi', 'mia supposizione', 'solo unipotesi',
  'niet bevestigd', 'onbevestigd', 'nog te bevestigen', 'mijn gok', 'mijn vermoeden', 'maar een gok',
  'nao confirmado', 'sem confirmacao', 'meu palpite', 'minha suposicao', 'so um palpite',
  // review mend: "not verified" and "not yet confirmed" in every language, and Italian "un'ipotesi" as read (its
  // elided article is no word of its own)
  'nicht verifiziert', 'unverifiziert', 'non verifie', 'pas verifie', 'sin verificar', 'no verificado', 'non verificato',
  'niet geverifieerd', 'nao verificado', 'aun no confirmado', 'todavia no confirmado', 'non ancora confermato',
  'nog niet bevestigd', 'ainda nao confirmado', 'solo ipotesi',
  // Sixty-first round: the rep saying the guess was never put to the prospect ("(did not ask)", "- never came up"), in
  // the seven languages ("nicht gefragt", "pas demandé", "no pregunté", "non ho chiesto", "niet gevraagd", "não perguntei").
  'didnt ask', 'did not ask', 'not asked', 'didnt come up', 'did not come up', 'never came up', 'not discussed',
  'nicht gefragt', 'nicht nachgefragt', 'kam nicht zur sprache', 'pas demande', 'pas aborde', 'no pregunte', 'no se hablo',
  'non ho chiesto', 'non chiesto', 'non se ne e parlato', 'niet gevraagd', 'kwam niet ter sprake', 'nao perguntei', 'nao se falou',
  // Sixty-second round: the guess marked as never said by the prospect ("(not mentioned)", "- never raised"), in the
  // seven languages ("nicht erwähnt", "pas mentionné", "no mencionado", "non menzionato", "niet genoemd", "não mencionado").
  'not mentioned', 'wasnt mentioned', 'never mentioned', 'not raised', 'never raised', 'not brought up', 'never brought up',
  'nicht erwahnt', 'nie erwahnt', 'pas mentionne', 'jamais mentionne', 'no mencionado', 'nunca mencionado', 'no lo menciono',
  'non menzionato', 'mai menzionato', 'niet genoemd', 'nooit genoemd', 'nao mencionado', 'nunca mencionado',
];
/** The hedges a rep's guess says in its own clause ("probably", "maybe"), in the seven languages (joined words, accents
 * dropped): with a mark of GUESS_UNCONFIRMED after it, the clause is the rep's unchecked guess. */
export const GUESS_HEDGES = [
  'probably', 'maybe', 'perhaps', 'possibly', 'wahrscheinlich', 'vielleicht', 'vermutlich', 'probablement', 'peut etre',
  'probablemente', 'quizas', 'quiza', 'tal vez', 'probabilmente', 'forse', 'waarschijnlijk', 'misschien', 'provavelmente',
  'talvez', 'likely', 'eventuell', 'sans doute', 'a lo mejor', 'magari', 'wellicht',
];
/** Sixty-third round: the headings a rep files their own speculation under, before a colon ("SDR hunch:", "AE theory:",
 * "AE research:", "AE prep:"), in English: what the rep guessed or read up before speaking to the prospect. A sentence
 * so headed that hedges (GUESS_HEDGES, GUESSING_WORDS, "must be", a question mark) is the rep's guess, no pain. */
export const GUESS_HEADINGS = ['guess', 'guesses', 'hunch', 'hunches', 'assumption', 'assumptions', 'hypothesis', 'theory', 'research', 'prep', 'homework', 'pre call', 'precall'];
/** Words of a seller's turn that guesses rather than corrects the record ("I guess they never mention it"). */
export const GUESSING_WORDS = ['guess', 'suppose', 'assume', 'probably', 'maybe', 'perhaps', 'bet', 'think', 'reckon'];
/** Words a rep's disowning note names its point with that are no topic of their own ("that one was my question",
 * "the integration questions were my own point"): a note of these alone disowns the sentence just before it. */
export const DISOWNED_GENERIC = ['one', 'ones', 'bit', 'part', 'point', 'points', 'question', 'questions', 'topic', 'topics', 'thing', 'things', 'idea', 'ideas', 'suggestion', 'suggestions', 'comment', 'comments', 'issue', 'issues', 'item', 'items', 'stuff', 'whole', 'also', 'last', 'first', 'second', 'line', 'sentence'];
/** "You:", the label LinkedIn's, WhatsApp's and a phone's message exports give the account's owner: the rep pasting their
 * own thread. An ordinary word besides, so the seller's only as a thread's label (notes.ts `sellerTurns`). */
export const OWNER_LABEL = 'you';
/** Sixty-eighth round: a website chat's two labels. Where a line opens with the visitor's label ("visitor:", "Website
 * visitor:"), a line opening with the answering side's label ("agent:", "operator:") is the seller's turn: on a
 * vendor's own site the agent is the vendor's (its "do you take card payments?" is no pain of the visitor's). */
export const CHAT_VISITOR_LABELS = ['visitor', 'website visitor', 'site visitor', 'guest'];
export const CHAT_AGENT_LABELS = ['agent', 'operator', 'live agent', 'chat agent'];

/** How a note was taken, in any trade: the medium a note's label or header names ("call 8/14 --", "Rosa on call:",
 * "note from SDR:"), not something the prospect says hurts. */
export const NOTE_MEDIA = ['call', 'calls', 'meeting', 'voicemail', 'email', 'mail', 'chat', 'transcript', 'note', 'notes', 'demo', 'visit', 'text', 'texted', 'message'];
/** The words of a record of a conversation ("call notes:", "chat transcript:", "email chain pasted:"): a label with one
 * says how the note was taken. */
export const NOTE_RECORDS = ['notes', 'note', 'transcript', 'recap', 'summary', 'chain', 'thread', 'log', 'pasted', 'paste', 'minutes', 'writeup', 'debrief', 'excerpt', 'snippet', 'fwd', 'forwarded'];
/** Kinds of a sales contact, said before its medium ('disco call:', 'intro call 3/4', 'follow-up email:'). */
export const NOTE_KINDS = ['discovery', 'disco', 'intro', 'introductory', 'kickoff', 'kick-off', 'follow-up', 'followup', 'follow', 'up', 'phone', 'video', 'zoom', 'teams', 'cold', 'warm', 'quick', 'first', 'second', 'last', 'check-in', 'inbound', 'outbound'];
/** Words that join a medium to who took the note ("Rosa on call:", "note from SDR:", "call w/ Rachel:"), counted only with a
 * taker or a name beside them ("Calls from customers:", "Calls on weekends:" name the topic). */
export const NOTE_SOURCES = ['on', 'from', 'with', 'w/', 'by', 'via', 'per', 'during', 'after'];
/** Words of a date beside a medium ("call 8/14:", "visit Tuesday:"). */
export const NOTE_DATES = ['today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'am', 'pm'];

/** Words of the six languages that point back to what the sentence before said ("it", "that", "es", "ça", "lo",
 * "isso"): a clause that says how something is done through one of them ("Today it is all done by hand") says it of
 * the sentence before's topic. Not the articles that are also pronouns ("la", "le", "het", "das", "o"): they open
 * a subject of the clause's own. "That's" and "it's" as the notes' words are read ("thats", "its"). */
export const REFERRING_BACK_WORDS = [
  'it', 'thats', 'its', 'that', 'this', 'these', 'those', 'es', 'dies', 'dieses', 'dat', 'dit', 'ca', 'cela', 'ceci', 'lo', 'eso', 'esto', 'ello', 'cio', 'questo', 'quello', 'isso', 'isto',
];

/** Nouns for a system or its seller in the six languages, singular and plural as the notes' words are read: a
 * requirement's subject that names one ("the route planning software must ...") is a requirement of the tool. */
export const SYSTEM_NOUN_WORDS = [
  'software', 'tool', 'tools', 'system', 'systems', 'platform', 'platforms', 'app', 'apps', 'vendor', 'vendors', 'solution', 'solutions', 'program', 'programs',
  'programm', 'plattform', 'anbieter', 'losung', 'werkzeug', 'logiciel', 'logiciels', 'outil', 'outils', 'plateforme', 'systeme', 'fournisseur', 'prestataire',
  'programa', 'programas', 'herramienta', 'herramientas', 'plataforma', 'sistema', 'sistemas', 'proveedor', 'solucion', 'programma', 'piattaforma',
  'strumento', 'fornitore', 'soluzione', 'pakket', 'leverancier', 'systeem', 'ferramenta', 'fornecedor', 'solucao',
];

/** "But" in the six languages: "we did the work but can't prove it" says the complaint of the clause before it. */
export const BUT_WORDS = ['but', 'aber', 'mais', 'pero', 'ma', 'maar', 'mas'];
/** "and" in the six languages: a clause it opens adds another fact ("..., and drivers have no planned routes"); the
 * one list the title, role, company-name, CRM-value and notes' joins are built from (compile.ts `AND_WORDS`). */
export const COORDINATING_AND = ['and', 'und', 'et', 'y', 'e', 'en'];
/** What the talk is about, in the six languages: "the focus is volunteering", "o foco é", "la priorité". */
export const FOCUS_WORDS = ['focus', 'fokus', 'foco', 'enfoque', 'priority', 'prioritat', 'priorite', 'prioridad', 'priorita', 'prioriteit', 'prioridade'];
/** Words that open a new clause: what follows may say the opposite. */
export const CLAUSE_OPENERS = [...BUT_WORDS, 'however', 'although', 'though', 'whereas', 'except', 'meanwhile'];

/** A request for content or a product, not a problem: "asked for the case study", "downloaded the
 * whitepaper", "interested in tracking software", in the six languages. */
export const REQUEST_PHRASES = [
  'downloaded', 'requested a', 'requested the', 'walked into', 'stopped by',
  'fragte nach', 'heruntergeladen', 'a demande', 'telecharge', 'pidio', 'descargo', 'ha chiesto', 'scaricato', 'vroeg om',
  'gedownload', 'pediu', 'baixou',
  // notes-six-languages: "asked about" in the other languages ("vroeg naar API", "preguntó por", "perguntou sobre").
  'vroeg naar', 'fragte an', 'erkundigte sich', 's est renseigne', 'pregunto por', 'chiese di', 'ha chiesto di', 'perguntou sobre',
  'perguntou por',
];

/** notes-first-touch: how a lead came in, said at the opening of a sentence as reps log it ("met at the expo",
 * "inbound from the newsletter", "form fill from the guide", "referred by their auditor", "signed up via an ad",
 * "replied to our second mail", "mtg w/ the owner"), in the six languages, as the notes' normalised words. Such an
 * opening clause says where the prospect came from, not what hurts; what the sentence goes on to say after a comma,
 * a dash, a colon, a quote or a linking word is read (resolve.ts firstTouchClauses). */
export const FIRST_TOUCH_OPENERS = [
  'met at', 'met with', 'met during', 'met him at', 'met her at', 'met them at', 'inbound from', 'inbound via', 'inbound lead',
  'inbound call', 'inbound inquiry', 'inbound enquiry', 'form fill', 'form fills', 'formfill', 'web form', 'filled out the',
  'filled in the', 'filled out a', 'filled out our', 'signup from', 'signup via', 'sign up from', 'signed up via',
  'signed up from', 'signed up at', 'referred by', 'referral from', 'came in via', 'came in through',
  'came in from', 'reply to our', 'replied to our', 'visited our booth', 'visited our stand',
  'stopped by our', 'mtg w', 'meeting w', 'meeting with', 'call with', 'intro call with', 'scanned at', 'badge scan',
  'lead from', 'lead via',
  'kennengelernt auf', 'kennengelernt am', 'getroffen auf', 'anfrage uber', 'kontaktformular', 'uber das kontaktformular',
  'rencontre au', 'rencontre sur', 'rencontre a', 'rencontree au', 'rencontree sur', 'formulaire de contact', 'venu via',
  'inscrit via', 'conocido en', 'conocida en', 'conocimos en', 'formulario de contacto', 'llego por', 'llego via', 'contacto via',
  'conosciuto a', 'conosciuto al', 'conosciuta a', 'conosciuta al', 'modulo di contatto', 'arrivato tramite', 'arrivata tramite',
  'ontmoet op', 'leren kennen op', 'contactformulier', 'via het contactformulier', 'aanmelding via', 'conhecido na',
  'conhecido no', 'conhecida na', 'conhecida no', 'formulario de contato', 'veio via', 'veio pelo', 'veio pela',
];
/** notes-first-touch: a request the rep logs with the subject left out ("Asked for a quote today.", "please send the price list",
 * "requested the brochure"), in the six languages: the verb, at the sentence's opening (after "also", "then" or a
 * pronoun), followed within five words by one of `ASKED_FOR_ITEMS` (French "a demandé" and "demande un/une/des"
 * within two: a bare "demande" is as often the noun, "demand"). */
export const ASKED_FOR_OPENERS = [
  'asked for', 'asked us for', 'asked us to send', 'asked to send', 'asked to see', 'asked about', 'requested', 'request for',
  'pls send', 'please send', 'send me', 'send us', 'fragte nach', 'bat um', 'a demande', 'demande un', 'demande une',
  'demande des', 'pidio', 'pide',
  'solicito', 'chiede', 'ha chiesto', 'chiesto', 'vroeg om', 'vraagt om', 'vroeg naar', 'pediu', 'pede', 'solicitou',
];
/** The things a prospect asks a vendor for on first touch: the vendor's commercial papers and trials, in the six
 * languages. Said right before "of", "on", "about" or "covering" they carry the matter asked about ("a demo of the
 * scheduling module"), which is read. */
export const ASKED_FOR_ITEMS = [
  'quote', 'quotes', 'pricing', 'price list', 'prices', 'price', 'brochure', 'brochures', 'demo', 'trial', 'deck', 'info',
  'information', 'documentation', 'certificate', 'certificates', 'datasheet', 'data sheet', 'sample', 'samples', 'references',
  'case study', 'case studies', 'proposal', 'callback', 'call back', 'module', 'summary', 'data',
  'angebot', 'preisliste', 'preise', 'demozugang', 'unterlagen', 'devis', 'tarifs', 'tarif', 'documentation', 'essai',
  'presupuesto', 'cotizacion', 'precios', 'tarifas', 'folleto', 'prueba', 'preventivo', 'listino', 'prezzi', 'accesso',
  'offerte', 'prijslijst', 'prijzen', 'proefperiode', 'orcamento', 'precos', 'folheto', 'teste',
];
/** Words that say the reason or the matter of a request ("because", "since", "weil"): a request said with one
 * names the problem it is asked for. */
export const REQUEST_REASONS = ['because', 'bc', 'since', 'weil', 'parce', 'porque', 'perche', 'omdat', 'pois'];
/** Asked-for items that as often name another noun's kind ("data keying", "info security", "module failures", "summary
 * reports"): the item only where it ends the noun. */
export const ASKED_ITEM_MODIFIERS = ['data', 'info', 'information', 'module', 'summary'];
/** Words that link a first touch's or a request's clause to what the sentence goes on to say ("asked for a quote after
 * ...", "requested pricing as ...", "referred by their auditor who ..."), in the six languages. */
export const REQUEST_LINKS = [
  'after', 'as', 'who', 'which', 'whose', 'when', 'while', 'where', 'nachdem', 'apres', 'qui', 'quand', 'despues', 'cuando',
  'dopo', 'quando', 'nadat', 'toen', 'depois',
];
/** Words after a call or a meeting with someone that say what it was about ("call with the CFO about ...", "met
 * with the controller re ..."). */
export const MEETING_TOPIC = ['about', 'on', 're', 'regarding', 'covering', 'over', 'zu', 'uber', 'sur', 'sobre', 'su'];
/** Words after an asked-for item that name what it is about. */
export const ASKED_ITEM_TOPIC = ['of', 'on', 'about', 'covering', 'regarding', 're', 'zu', 'uber', 'sur', 'sobre', 'su', 'over', 'de', 'di', 'del', 'della', 'van'];

/** Words for "of" in French, Spanish, Italian and Portuguese, with the article contracted into them ("du",
 * "della", "do", "das"): "X de Y" is said in English as "Y X" or "X of Y" ("image de prix" price image,
 * "fin de saison" end of season). */
export const OF_LINKS = ['de', 'di', 'du', 'des', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'do', 'da', 'dos', 'das'];
/** "Of" in all seven languages: English, German and Dutch ("der", "von", "van") beside `OF_LINKS`. A company name's
 * closing phrase ("... des Combes", "... of Quenby") and what a rank is of ("Direktor der Sammlungen") are said after one. */
export const OF_WORDS = ['of', 'van', 'von', 'der', ...OF_LINKS];
/** "For" in the seven languages, where a title says what a rank is of by it ("Director for Learning", "Direktor für ..."). */
export const FOR_WORDS = ['for', 'für', 'fur', 'voor', 'pour', 'para', 'per'];
/** Articles that may follow those words ("de la", "de los", "de las", "de les"). */
export const OF_ARTICLES = ['la', 'las', 'los', 'les'];

/** Words reps and prospects clip in English notes, any trade (notes-clipped-words): each read as the word it clips,
 * one word for one so quotes hold ("appts" appointments, "certs" certificates), and only where the notes write it in
 * lower case: "Reno" in mid-sentence is the city, not a renovation (lexicon.ts, `clippedCase`). Only clippings that
 * stand for one word: not "pts" (patients or points), "inv" (invoices or inventory), "req" (a requirement's marker),
 * "tix" (the notes say it of the tickets a business sells and of the tickets it writes), nor (r43-mend-words) "mtg"
 * (a meeting or a mortgage), "cust" (a customer, custom or custody) or "acct" (an account, an accountant or
 * accounting). Kept: "insp" (an inspection or its inspector, one matter) and "vols" (volunteers; volumes are said
 * "Vols up 30%" at a sentence's start, which the lower-case rule leaves unread: dropped outright, the fire and EMS
 * set fell 0.926 -> 0.915 on notes whose "vols" are the volunteers). */
export const NOTE_CLIPPED_WORDS: Record<string, string> = {
  appt: 'appointment', appts: 'appointments', msg: 'message', msgs: 'messages', vols: 'volunteers', insp: 'inspection',
  certs: 'certificates', cert: 'certificate',
  sched: 'schedule', svc: 'service', svcs: 'services', pmt: 'payment', pmts: 'payments', emps: 'employees',
  govt: 'government', reno: 'renovation', renos: 'renovations', dept: 'department', depts: 'departments',
};

/** Abbreviations every trade's notes use for the words of its work (notes-shorthand): read as a pain's name only
 * where the taxonomy names that pain in these very words ("OT" for an "overtime" alias). */
export const BUSINESS_ABBREVIATIONS: Record<string, string[]> = {
  ot: ['overtime'],
  pm: ['preventive maintenance', 'preventative maintenance', 'planned maintenance'],
  ar: ['accounts receivable', 'receivables'],
  ap: ['accounts payable', 'payables'],
  po: ['purchase order', 'purchase orders'],
  wo: ['work order', 'work orders'],
  sla: ['service level agreement', 'service levels'],
  kpi: ['key performance indicator', 'kpis'],
  eta: ['estimated time of arrival'],
  rma: ['return merchandise authorization', 'returns'],
  dso: ['days sales outstanding'],
  ooo: ['out of office'],
  pto: ['paid time off'],
  hr: ['human resources'],
  qa: ['quality assurance'],
  qc: ['quality control'],
};

/** r44-settledphrases: "handled" and its kin in the other languages ("géré par", "gestionado por", "beheerd door"):
 * said with the way the work is done after it, they say how, not that it is in hand. */
export const HANDLED_WORDS = [
  'handled', 'gere', 'geree', 'geres', 'gerees', 'gestionado', 'gestionada', 'gestionados', 'gestionadas', 'gestito',
  'gestita', 'gestiti', 'gestite', 'beheerd', 'gerido', 'gerida', 'geridos', 'geridas',
];
/** The ways of working a vendor's tool replaces, said after "handled" ("handled through a spreadsheet", "booth fees
 * handled by email", "handled over WhatsApp", "géré par mail"): the complaint, not a settled topic. Besides these, the
 * knowledge's own ways of working by hand, on paper, by message and in spreadsheets (knowledge/pains.ts). */
export const HANDLED_MANNERS = [
  'email', 'emails', 'e mail', 'mail', 'mails', 'phone', 'phones', 'telephone', 'text', 'texts', 'text message', 'sms',
  'whatsapp', 'dm', 'dms', 'sheets', 'google sheets', 'sticky notes', 'post its', 'notebook', 'word docs', 'shared drive',
  'courriel', 'telefono', 'telefoon', 'correo', 'papier', 'papel', 'carta', 'zettel', 'tabelle',
];
/** Words that ask how, or whether, something is done: a settling phrase after one in its clause is said inside a
 * question or its object ("looking at how registration is handled", "asked whether billing is sorted"), not as a
 * statement. Read for the settling words said after "is" (knowledge's SETTLED_AFTER_IS and the cues ending on one). */
export const EMBEDDED_QUESTION = ['how', 'whether', 'hoe', 'comment'];

/** Only a list of requirements, no problem (sixty-fifth round): "Requirements only so far", "- just specs for now",
 * as a price asked for alone is nothing more. Unlike NO_PAIN these are read only as a label or a clause of their own
 * (notes.ts, `requirementsOnly`): at a line's or sentence's start or after a colon or a dash, with nothing after them
 * in the sentence but REQUIREMENTS_ONLY_TAILS. "The only requirements are SSO and ..." and "meets requirements only
 * partly" say nothing of the pains (review of the sixty-fifth round, finding 1). */
export const REQUIREMENTS_ONLY = ['requirements only', 'only requirements', 'just requirements', 'specs only', 'only specs', 'just specs'];
/** What may follow a REQUIREMENTS_ONLY label in its sentence: a time said with it. */
export const REQUIREMENTS_ONLY_TAILS = ['at this stage', 'for now', 'so far', 'at the moment', 'for the moment', 'as yet', 'yet', 'at this point'];
