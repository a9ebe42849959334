"""Verb and noun → PLOVER type, CAMEO root code and mode: data, not rules.

One line per lemma: ``lemma  TYPE  CAMEO  [mode]``.  A lemma may carry a particle or a fixed
object ("pull out", "take power").  CAMEO roots: 01 statement, 02 appeal, 03 intent to cooperate,
04 consult, 05 diplomatic cooperation, 06 material cooperation, 07 aid, 08 yield, 09 investigate,
10 demand, 11 disapprove, 12 reject, 13 threaten, 14 protest, 15 force posture, 16 reduce
relations, 17 coerce, 18 assault, 19 fight, 20 mass violence.  FOUND, TAKE_POWER, ELECTION,
VERDICT and DEATH_TOLL are this project's own types beside PLOVER's sixteen.
"""
from __future__ import annotations

VERBS = """
agree AGREE 03
promise AGREE 03
pledge AGREE 03
vow AGREE 03
commit AGREE 03
offer AGREE 03
sign AGREE 05 treaty
ratify AGREE 05 treaty
conclude AGREE 05 treaty
accept AGREE 08
settle AGREE 05
reconcile AGREE 05
normalize AGREE 05
normalise AGREE 05
ally AGREE 05
endorse SUPPORT 05
support SUPPORT 05
back SUPPORT 05
praise SUPPORT 05
commend SUPPORT 05
applaud SUPPORT 05
hail SUPPORT 05
welcome SUPPORT 05
congratulate SUPPORT 05
thank SUPPORT 05
recognise SUPPORT 05 recognition
recognize SUPPORT 05 recognition
apologize SUPPORT 05
apologise SUPPORT 05
forgive SUPPORT 05
defend SUPPORT 05
stand SUPPORT 05
befriend SUPPORT 05
meet CONSULT 04 meet
visit CONSULT 04 visit
host CONSULT 04 visit
receive CONSULT 04 visit
talk CONSULT 04 talk
discuss CONSULT 04 talk
negotiate CONSULT 04 negotiate
consult CONSULT 04
confer CONSULT 04
mediate CONSULT 04 mediate
exchange COOPERATE 06
phone CONSULT 04 phone
call CONSULT 04 phone
cooperate COOPERATE 06
collaborate COOPERATE 06
trade COOPERATE 06 economic
invest COOPERATE 06 economic
partner COOPERATE 06
share COOPERATE 06
coordinate COOPERATE 06
train COOPERATE 06 military
extradite COOPERATE 06 judicial
help AID 07
aid AID 07
assist AID 07
provide AID 07
supply AID 07 material
donate AID 07 economic
give AID 07
grant AID 07
fund AID 07 economic
finance AID 07 economic
lend AID 07 economic
loan AID 07 economic
shelter AID 07 humanitarian
rescue AID 07 humanitarian
feed AID 07 humanitarian
treat AID 07 humanitarian
evacuate AID 07 humanitarian
rebuild AID 07 economic
reconstruct AID 07 economic
restore AID 07 economic
save AID 07 humanitarian
protect AID 07 military
send AID 07
deliver AID 07 material
transport AID 07 material
repatriate AID 07 humanitarian
yield CONCEDE 08
concede CONCEDE 08
compromise CONCEDE 08
ease CONCEDE 08
lift CONCEDE 08
relax CONCEDE 08
pardon CONCEDE 08
amnesty CONCEDE 08
resign CONCEDE 08 resign
step down CONCEDE 08 resign
capitulate CONCEDE 08
surrender RETREAT 08 surrender
withdraw RETREAT 08 withdraw
retreat RETREAT 08 withdraw
pull out RETREAT 08 withdraw
pull back RETREAT 08 withdraw
leave RETREAT 08 withdraw
reduce RETREAT 08 demobilize
demobilize RETREAT 08 demobilize
demobilise RETREAT 08 demobilize
disarm RETREAT 08 demobilize
release RETREAT 08 release
free RETREAT 08 release
return RETREAT 08 return
ceasefire RETREAT 08 ceasefire
ask REQUEST 02
request REQUEST 02
appeal REQUEST 02
urge REQUEST 02
call on REQUEST 02
call for REQUEST 02
plead REQUEST 02
invite REQUEST 02
petition REQUEST 02
seek REQUEST 02
beg REQUEST 02
demand REQUEST 10 demand
insist REQUEST 10 demand
accuse ACCUSE 11
blame ACCUSE 11
condemn ACCUSE 11
denounce ACCUSE 11
criticize ACCUSE 11
criticise ACCUSE 11
allege ACCUSE 11
charge ACCUSE 11 legal
sue ACCUSE 11 legal
indict ACCUSE 11 legal
prosecute ACCUSE 11 legal
investigate ACCUSE 09 investigate
probe ACCUSE 09 investigate
deplore ACCUSE 11
protest PROTEST 14 demonstrate
demonstrate PROTEST 14 demonstrate
rally PROTEST 14 demonstrate
march PROTEST 14 demonstrate
picket PROTEST 14 demonstrate
riot PROTEST 14 riot
strike PROTEST 14 strike
boycott SANCTION 16 boycott
reject REJECT 12
refuse REJECT 12
deny REJECT 12
veto REJECT 12
oppose REJECT 12
dismiss REJECT 12
decline REJECT 12
rebuff REJECT 12
resist REJECT 12
defy REJECT 12
threaten THREATEN 13
warn THREATEN 13
menace THREATEN 13
sanction SANCTION 16
embargo SANCTION 16 embargo
sever SANCTION 16 relations
cut off SANCTION 16
suspend SANCTION 16
freeze SANCTION 16
expel SANCTION 16 expel
recall SANCTION 16 relations
halt SANCTION 16
mobilize MOBILIZE 15 troops
mobilise MOBILIZE 15 troops
deploy MOBILIZE 15 troops
mass MOBILIZE 15 troops
station MOBILIZE 15 troops
reinforce MOBILIZE 15 troops
conscript MOBILIZE 15 troops
recruit MOBILIZE 15 troops
arm MOBILIZE 15 weapons
fortify MOBILIZE 15
arrest COERCE 17 arrest
detain COERCE 17 arrest
imprison COERCE 17 arrest
jail COERCE 17 arrest
seize COERCE 17 seize
confiscate COERCE 17 seize
deport COERCE 17 expel
ban COERCE 17 restrict
outlaw COERCE 17 restrict
censor COERCE 17 restrict
impose COERCE 17 restrict
blockade COERCE 17 restrict
block COERCE 17 restrict
raid COERCE 17 raid
crack down COERCE 17 repress
repress COERCE 17 repress
suppress COERCE 17 repress
evict COERCE 17
disperse COERCE 17 repress
summon ACCUSE 11
demolish COERCE 17
force COERCE 17
eradicate ASSAULT 20 mass-violence
exterminate ASSAULT 20 mass-violence
massacre ASSAULT 20 mass-violence
attack ASSAULT 19 fight
assault ASSAULT 18 beat
counterattack ASSAULT 19 fight
invade ASSAULT 19 occupy
occupy ASSAULT 19 occupy
annex ASSAULT 19 occupy
bomb ASSAULT 19 aerial
shell ASSAULT 19 artillery
shoot ASSAULT 19 firearms
fire ASSAULT 19 firearms
kill ASSAULT 18 kill
murder ASSAULT 18 kill
assassinate ASSAULT 18 kill
execute ASSAULT 18 kill
slaughter ASSAULT 20 mass-violence
torture ASSAULT 18 torture
abduct ASSAULT 18 abduct
kidnap ASSAULT 18 abduct
rape ASSAULT 18 sexual
beat ASSAULT 18 beat
wound ASSAULT 18 beat
injure ASSAULT 18 beat
fight ASSAULT 19 fight
battle ASSAULT 19 fight
clash ASSAULT 19 fight
ambush ASSAULT 19 fight
besiege ASSAULT 19 fight
capture ASSAULT 19 occupy
recapture ASSAULT 19 occupy
storm ASSAULT 19 fight
pursue ASSAULT 19 fight
defeat ASSAULT 19 fight
destroy ASSAULT 19 fight
loot ASSAULT 18
burn ASSAULT 18
liberate ASSAULT 19 fight
wage ASSAULT 19 fight
found FOUND 00
establish FOUND 00
set up FOUND 00
form FOUND 00
create FOUND 00
inaugurate FOUND 00
proclaim FOUND 00
launch FOUND 00
open FOUND 00
institute FOUND 00
organize FOUND 00
organise FOUND 00
produce FOUND 00
publish FOUND 00
build FOUND 00
take power TAKE_POWER 00
seize power TAKE_POWER 00
come to power TAKE_POWER 00
take over TAKE_POWER 00
overthrow TAKE_POWER 00
topple TAKE_POWER 00
oust TAKE_POWER 00
depose TAKE_POWER 00
rule TAKE_POWER 00
govern TAKE_POWER 00
assume TAKE_POWER 00
succeed TAKE_POWER 00
appoint TAKE_POWER 00
install TAKE_POWER 00
swear in TAKE_POWER 00
become TAKE_POWER 00
fall TAKE_POWER 00
hit ASSAULT 19 fight
elect ELECTION 00
re-elect ELECTION 00
vote ELECTION 00
campaign ELECTION 00
convict VERDICT 00
acquit VERDICT 00
sentence VERDICT 00
find guilty VERDICT 00
rule guilty VERDICT 00
try VERDICT 00
die DEATH_TOLL 00
perish DEATH_TOLL 00
flee RETREAT 08 flee
escape RETREAT 08 flee
defect RETREAT 08 flee
run RETREAT 08 flee
"""

NOUNS = """
agreement AGREE 05 treaty
treaty AGREE 05 treaty
accord AGREE 05 treaty
pact AGREE 05 treaty
deal AGREE 05
alliance AGREE 05
ceasefire AGREE 05 ceasefire
truce AGREE 05 ceasefire
armistice AGREE 05 ceasefire
visit CONSULT 04 visit
talks CONSULT 04 talk
meeting CONSULT 04 meet
summit CONSULT 04 meet
negotiations CONSULT 04 negotiate
conference CONSULT 04 meet
interview CONSULT 04 talk
cooperation COOPERATE 06
aid AID 07
assistance AID 07
support AID 07
help AID 07
relief AID 07 humanitarian
withdrawal RETREAT 08 withdraw
pullout RETREAT 08 withdraw
retreat RETREAT 08 withdraw
surrender RETREAT 08 surrender
release RETREAT 08 release
appeal REQUEST 02
request REQUEST 02
call REQUEST 02
demand REQUEST 10 demand
accusation ACCUSE 11
condemnation ACCUSE 11
investigation ACCUSE 09 investigate
protest PROTEST 14 demonstrate
demonstration PROTEST 14 demonstrate
rally PROTEST 14 demonstrate
strike PROTEST 14 strike
riot PROTEST 14 riot
uprising PROTEST 14 riot
rejection REJECT 12
refusal REJECT 12
veto REJECT 12
threat THREATEN 13
ultimatum THREATEN 13
warning THREATEN 13
sanctions SANCTION 16
sanction SANCTION 16
embargo SANCTION 16 embargo
boycott SANCTION 16 boycott
mobilization MOBILIZE 15 troops
mobilisation MOBILIZE 15 troops
deployment MOBILIZE 15 troops
campaign MOBILIZE 15
arrest COERCE 17 arrest
detention COERCE 17 arrest
crackdown COERCE 17 repress
blockade COERCE 17 restrict
raid COERCE 17 raid
invasion ASSAULT 19 occupy
occupation ASSAULT 19 occupy
attack ASSAULT 19 fight
counterattack ASSAULT 19 fight
counter-attack ASSAULT 19 fight
counteroffensive ASSAULT 19 fight
offensive ASSAULT 19 fight
assault ASSAULT 19 fight
war ASSAULT 19 fight
battle ASSAULT 19 fight
fighting ASSAULT 19 fight
clashes ASSAULT 19 fight
clash ASSAULT 19 fight
bombing ASSAULT 18 explosives
bombings ASSAULT 18 explosives
shelling ASSAULT 19 artillery
massacre ASSAULT 20 mass-violence
genocide ASSAULT 20 mass-violence
killing ASSAULT 18 kill
killings ASSAULT 18 kill
assassination ASSAULT 18 kill
execution ASSAULT 18 kill
victory ASSAULT 19 fight
defeat ASSAULT 19 fight
liberation ASSAULT 19 fight
capture ASSAULT 19 occupy
fall TAKE_POWER 00
coup TAKE_POWER 00
overthrow TAKE_POWER 00
takeover TAKE_POWER 00
revolution TAKE_POWER 00
founding FOUND 00
foundation FOUND 00
establishment FOUND 00
formation FOUND 00
inauguration FOUND 00
creation FOUND 00
election ELECTION 00
elections ELECTION 00
vote ELECTION 00
referendum ELECTION 00
poll ELECTION 00
verdict VERDICT 00
curfew COERCE 17 restrict
ban COERCE 17 restrict
crackdown COERCE 17 repress
airstrike ASSAULT 19 aerial
airstrikes ASSAULT 19 aerial
strikes ASSAULT 19 aerial
ambush ASSAULT 19 fight
bombardment ASSAULT 19 aerial
shootout ASSAULT 19 firearms
hostilities ASSAULT 19 fight
insurgency ASSAULT 19 fight
rebellion PROTEST 14 riot
boycotts SANCTION 16 boycott
expulsion SANCTION 16 expel
apology SUPPORT 05
endorsement SUPPORT 05
praise SUPPORT 05
criticism ACCUSE 11
allegations ACCUSE 11
charges ACCUSE 11 legal
lawsuit ACCUSE 11 legal
indictment ACCUSE 11 legal
probe ACCUSE 09 investigate
inquiry ACCUSE 09 investigate
concession CONCEDE 08
resignation CONCEDE 08 resign
amnesty CONCEDE 08
evacuation AID 07 humanitarian
donation AID 07 economic
loan AID 07 economic
conviction VERDICT 00
sentence VERDICT 00
acquittal VERDICT 00
trial VERDICT 00
ruling VERDICT 00
judgment VERDICT 00
judgement VERDICT 00
death DEATH_TOLL 00
deaths DEATH_TOLL 00
"""

# A verb whose type depends on its object: ``verb  object  TYPE  CAMEO  [mode]``.
FRAMES_RAW = """
launch missile ASSAULT 19 aerial
launch missiles ASSAULT 19 aerial
launch rocket ASSAULT 19 artillery
launch rockets ASSAULT 19 artillery
launch strike ASSAULT 19 aerial
launch strikes ASSAULT 19 aerial
launch airstrikes ASSAULT 19 aerial
fire missile ASSAULT 19 aerial
fire missiles ASSAULT 19 aerial
fire rockets ASSAULT 19 artillery
fire shots ASSAULT 19 firearms
exchange fire ASSAULT 19 fight
open fire ASSAULT 19 firearms
cut ties SANCTION 16 relations
cut relations SANCTION 16 relations
sever ties SANCTION 16 relations
break ties SANCTION 16 relations
recall ambassador SANCTION 16 relations
close embassy SANCTION 16 relations
cut aid SANCTION 16 aid
suspend aid SANCTION 16 aid
freeze assets SANCTION 16
lift sanctions CONCEDE 08
ease sanctions CONCEDE 08
lift embargo CONCEDE 08
take hostage ASSAULT 18 abduct
take hostages ASSAULT 18 abduct
take control TAKE_POWER 00
take office TAKE_POWER 00
win election ELECTION 00
win elections ELECTION 00
win vote ELECTION 00
win seat ELECTION 00
hold election ELECTION 00
hold elections ELECTION 00
hold talks CONSULT 04 talk
send troops MOBILIZE 15 troops
send soldiers MOBILIZE 15 troops
give support SUPPORT 05
recall ambassador SANCTION 16 relations
recall envoy SANCTION 16 relations
summon ambassador ACCUSE 11
summon envoy ACCUSE 11
restore relations COOPERATE 05 relations
restore ties COOPERATE 05 relations
establish relations COOPERATE 05 relations
establish ties COOPERATE 05 relations
resume relations COOPERATE 05 relations
resume talks CONSULT 04 talk
use force ASSAULT 18
use gas COERCE 17 repress
grant asylum AID 07 asylum
"""

# Light verbs take their event type from the event noun they govern ("launched an invasion").
LIGHT_VERBS = {"impose", "go", "issue", "engage", "launch", "carry", "conduct", "stage", "make", "hold", "mount", "begin", "start",
               "wage", "undertake", "deliver", "hand", "declare", "announce", "organise",
               "organize", "order", "win", "lose", "come", "take", "give", "reach", "sign", "lead"}
# Verbs that are never events on their own: copulas, cognition, perception, aspect.
NOT_EVENTS = {"be", "have", "seem", "appear", "know", "think", "believe", "feel", "want", "wish",
              "hope", "need", "like", "see", "look", "mean", "remain", "keep", "become_copula",
              "go", "get", "let", "understand", "identify", "ask_whether", "encounter", "embody",
              "stem", "mark", "show", "boast", "suffer", "do", "continue", "use", "regardless",
              "compare", "regard", "consider", "include", "contain", "face", "witness", "watch",
              "recall", "remember", "say", "state", "affirm", "tell", "add", "note", "claim",
              "report", "announce", "write", "explain", "describe", "confirm", "insist_that",
              "estimate", "put", "lie", "sit", "live", "smoke", "eat", "pray", "sham", "try_to",
              "decide", "plan", "intend", "aim", "able", "seek_to", "start_to", "begin_to",
              "lack", "love", "enjoy", "call_it", "involve", "depend", "represent", "last",
              "allow", "enable", "relate", "belong", "exist", "cause", "make_use"}


def _table(raw: str) -> dict[str, tuple[str, str, str | None]]:
    out: dict[str, tuple[str, str, str | None]] = {}
    for line in raw.strip().splitlines():
        parts = line.split()
        # a lemma may be two words ("pull out"): the type is the first upper-case field
        k = next(i for i, p in enumerate(parts) if p.isupper() or p == "DEATH_TOLL" or "_" in p)
        lemma = " ".join(parts[:k])
        cat, cameo = parts[k], parts[k + 1]
        mode = parts[k + 2] if len(parts) > k + 2 else None
        out.setdefault(lemma, (cat, cameo, mode))
    return out


VERB_TYPES = _table(VERBS)
FRAMES = _table(FRAMES_RAW)  # key: "verb object"
NOUN_TYPES = _table(NOUNS)
