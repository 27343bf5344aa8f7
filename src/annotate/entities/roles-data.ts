// Role lexicon written for corroborate: nouns that describe what a person is or does.

/**
 * Gendered role words: word | neutral head | gender. The neutral head is what two descriptions of
 * one person must share; the gender is what they must not contradict.
 */
export const GENDERED_ROLES = `
spokesman|spokesperson|male
spokeswoman|spokesperson|female
spokesperson|spokesperson|
chairman|chairperson|male
chairwoman|chairperson|female
chairperson|chairperson|
chair|chairperson|
congressman|member of congress|male
congresswoman|member of congress|female
congressmember|member of congress|
councilman|councillor|male
councilwoman|councillor|female
councillor|councillor|
councilor|councillor|
councilmember|councillor|
assemblyman|assembly member|male
assemblywoman|assembly member|female
assemblymember|assembly member|
alderman|alderperson|male
alderwoman|alderperson|female
businessman|businessperson|male
businesswoman|businessperson|female
businessperson|businessperson|
policeman|police officer|male
policewoman|police officer|female
fireman|firefighter|male
firefighter|firefighter|
anchorman|anchor|male
anchorwoman|anchor|female
cameraman|camera operator|male
camerawoman|camera operator|female
salesman|salesperson|male
saleswoman|salesperson|female
sportsman|athlete|male
sportswoman|athlete|female
frontman|lead singer|male
frontwoman|lead singer|female
ombudsman|ombudsperson|
actor|actor|
actress|actor|female
waiter|server|male
waitress|server|female
host|host|
hostess|host|female
steward|flight attendant|male
stewardess|flight attendant|female
king|monarch|male
queen|monarch|female
monarch|monarch|
prince|prince|male
princess|prince|female
duke|duke|male
duchess|duke|female
emperor|emperor|male
empress|emperor|female
baron|baron|male
baroness|baron|female
count|count|male
countess|count|female
heir|heir|
heiress|heir|female
hero|hero|
heroine|hero|female
husband|spouse|male
wife|spouse|female
spouse|spouse|
widow|widowed spouse|female
widower|widowed spouse|male
boyfriend|partner|male
girlfriend|partner|female
partner|partner|
fiance|fiance|male
fiancé|fiance|male
fiancee|fiance|female
fiancée|fiance|female
father|parent|male
mother|parent|female
parent|parent|
dad|parent|male
mom|parent|female
mum|parent|female
son|child|male
daughter|child|female
child|child|
stepson|stepchild|male
stepdaughter|stepchild|female
brother|sibling|male
sister|sibling|female
sibling|sibling|
uncle|uncle or aunt|male
aunt|uncle or aunt|female
nephew|nephew or niece|male
niece|nephew or niece|female
grandfather|grandparent|male
grandmother|grandparent|female
grandson|grandchild|male
granddaughter|grandchild|female
man|person|male
woman|person|female
boy|child|male
girl|child|female
gentleman|person|male
monk|monk|male
nun|monk|female
priest|priest|
priestess|priest|female
godfather|godparent|male
godmother|godparent|female
fisherman|fisher|male
fisherwoman|fisher|female
postman|mail carrier|male
postwoman|mail carrier|female
tradesman|tradesperson|male
tradeswoman|tradesperson|female
craftsman|craftsperson|male
craftswoman|craftsperson|female
handyman|handyperson|male
repairman|repairer|male
deliveryman|courier|male
landlord|landlord|
landlady|landlord|female
ferryman|boat operator|male
longshoreman|dockworker|male
watchman|guard|male
doorman|doorkeeper|male
barmaid|bartender|female
seamstress|tailor|female
`;

/**
 * Ungendered role words (lower case, singular). Trades that are also common surnames (baker, mason, porter, cook,
 * fisher, carpenter, ...) stay out: a name ending in a role word is read as a body or a publication ("Ekow Baker").
 */
export const ROLE_WORDS = `
president vice-president premier chancellor minister secretary senator representative lawmaker legislator
politician governor mayor deputy official officer diplomat ambassador envoy consul attache delegate commissioner
leader head chief director manager executive ceo cfo coo cto founder co-founder owner proprietor investor
adviser advisor aide assistant staffer strategist consultant counsel counselor counsellor lobbyist operative
analyst expert researcher scientist economist historian scholar academic professor lecturer teacher student
principal dean provost chancellor rector
journalist reporter correspondent editor columnist commentator writer author novelist poet publisher blogger
anchor presenter broadcaster producer director filmmaker photographer artist painter sculptor designer architect
singer songwriter musician rapper guitarist drummer composer conductor dancer comedian entertainer star celebrity
model athlete player footballer cricketer golfer boxer swimmer runner coach manager captain referee umpire
general admiral colonel major captain lieutenant sergeant corporal private commander soldier marine sailor pilot
veteran officer trooper guard sentry warden jailer sheriff deputy detective inspector investigator prosecutor attorney lawyer barrister
solicitor judge justice magistrate clerk counsel defendant suspect accused plaintiff witness victim survivor
doctor physician surgeon nurse paramedic medic pharmacist psychiatrist psychologist therapist dentist
engineer technician mechanic worker employee laborer labourer farmer miner driver pilot
priest pastor bishop archbishop cardinal pope rabbi imam cleric reverend minister preacher missionary
activist campaigner organizer organiser protester protestor demonstrator volunteer advocate critic supporter
opponent rival ally friend neighbor neighbour colleague resident citizen voter candidate nominee challenger
incumbent contender frontrunner front-runner favorite favourite winner loser champion
member fellow trustee director chairman treasurer auditor accountant banker trader broker financier
entrepreneur tycoon magnate billionaire millionaire mogul heir
spokesperson spokesman spokeswoman press secretary representative source insider whistleblower informant
negotiator mediator monitor inspector observer
commander-in-chief chief-of-staff
head teacher headteacher
master harbourmaster harbormaster postmaster postmistress headmaster headmistress schoolmaster stationmaster quartermaster
militant fighter insurgent rebel guerrilla terrorist gunman gunmen bomber attacker assailant hijacker hacker
king queen prince princess monarch emir sultan sheikh ayatollah tsar czar dictator strongman warlord
governor-general secretary-general
fan follower disciple
agent publicist client patient rep manager bodyguard chauffeur assistant secretary intern
mother-in-law father-in-law son-in-law daughter-in-law brother-in-law sister-in-law stepfather stepmother
cousin relative family
welder electrician plumber roofer plasterer bricklayer stonemason blacksmith locksmith machinist bartender barista
cashier shopkeeper storekeeper grocer vendor rancher landscaper janitor caretaker housekeeper nanny babysitter caregiver
carer librarian dockworker stevedore trucker courier lifeguard lumberjack contractor surveyor tenant veterinarian
midwife coroner pathologist dispatcher cabbie deckhand hairdresser florist jeweler jeweller optician undertaker
mortician beekeeper winemaker receptionist auctioneer appraiser realtor tradesperson craftsperson supervisor chef
`;

/** Two-word heads that name one office ("prime minister", "press secretary"). */
export const COMPOUND_ROLE_HEADS = `
prime minister
vice president
foreign minister
defence minister
defense minister
interior minister
finance minister
justice minister
health minister
home secretary
foreign secretary
defence secretary
defense secretary
press secretary
attorney general
solicitor general
surgeon general
secretary general
chief executive
chief justice
first lady
first gentleman
police officer
police chief
fire chief
district attorney
national security adviser
national security advisor
campaign manager
campaign chairman
campaign chair
chief of staff
secretary of state
head of state
commander in chief
speaker of the house
state senator
state representative
harbor master
head coach
head teacher
chief constable
police commissioner
city manager
`;

/**
 * Offices and relations that one person holds at one time, so two of them for the same person conflict
 * (unless one is a hypernym of the other, see ROLE_HYPERNYMS).
 */
export const EXCLUSIVE_ROLES = `
president|vice president|prime minister|chancellor|premier|monarch|governor|mayor|senator|member of congress|
secretary of state|foreign minister|defence minister|interior minister|finance minister|justice minister|
health minister|home secretary|foreign secretary|defence secretary|attorney general|solicitor general|
surgeon general|secretary general|press secretary|spokesperson|chief of staff|ambassador|judge|chief justice|
general|admiral|colonel|lieutenant|sergeant|captain|pope|cardinal|bishop|archbishop|police chief|sheriff|
chief executive|chairperson|speaker|national security adviser|first lady|campaign manager|
minister|spouse|parent|child|sibling|uncle or aunt|nephew or niece|grandparent|grandchild|partner|
actor|server|host|athlete|anchor|police officer|firefighter|district attorney|
harbor master|fire chief|chief constable|police commissioner|coroner|city manager|postmaster|stationmaster|
head coach|headmaster|head teacher|principal
`;

/**
 * head | hypernyms it is compatible with. A description and its hypernym can name the same person
 * ("a spokesman for the Council" and "a US official").
 */
export const ROLE_HYPERNYMS = `
president|leader,official,politician,head of state,head
vice president|official,politician,leader
prime minister|leader,official,politician,head of government,minister,premier,head
premier|leader,official,politician,head of government,prime minister
chancellor|leader,official,politician,head of government
monarch|leader,head of state,royal
governor|official,politician,leader,executive
mayor|official,politician,leader
senator|lawmaker,legislator,politician,official,member of congress,member
member of congress|lawmaker,legislator,politician,official,representative,member
representative|lawmaker,legislator,politician,official,member
secretary of state|secretary,minister,official,diplomat,politician,foreign minister
foreign minister|minister,official,diplomat,politician,secretary of state,foreign secretary
foreign secretary|secretary,minister,official,diplomat,politician,foreign minister
defence minister|minister,official,politician,defence secretary
defence secretary|secretary,minister,official,politician,defence minister
interior minister|minister,official,politician,home secretary
home secretary|secretary,minister,official,politician,interior minister
finance minister|minister,official,politician
justice minister|minister,official,politician,attorney general
health minister|minister,official,politician
attorney general|official,lawyer,attorney,prosecutor,justice minister
press secretary|spokesperson,secretary,official,aide,representative,staffer
spokesperson|official,representative,aide,staffer,source,press secretary,press officer
chief of staff|official,aide,staffer,adviser
national security adviser|adviser,official,aide
adviser|aide,official,staffer,consultant,counselor
aide|official,staffer,adviser,assistant
ambassador|diplomat,official,envoy,representative
envoy|diplomat,official,ambassador,representative
general|officer,commander,official,military officer,soldier,chief
admiral|officer,commander,official,military officer,chief
colonel|officer,commander,military officer,soldier
lieutenant|officer,military officer,soldier
sergeant|officer,soldier
captain|officer,commander,soldier
judge|official,justice,magistrate
chief justice|judge,justice,official
police chief|chief,officer,police officer,official,commissioner,chief constable,police commissioner
chief constable|chief,officer,police officer,official,commissioner,police chief,police commissioner
police commissioner|chief,officer,police officer,official,commissioner,police chief,chief constable
fire chief|chief,officer,firefighter,official,commissioner
harbor master|official,captain,master,officer
coroner|official,doctor,physician,pathologist,judge,magistrate
city manager|manager,official,executive,administrator,director,chief executive
postmaster|official,manager,master
stationmaster|official,manager,master
head coach|coach,manager,trainer
headmaster|head teacher,principal,teacher,head,master
head teacher|headmaster,principal,teacher,head
principal|headmaster,head teacher,teacher,head
sheriff|officer,official,police officer
chief executive|executive,head,chief,boss,leader,founder,director
chairperson|executive,head,chief,leader,director,member
speaker|lawmaker,legislator,politician,member,leader,official
district attorney|prosecutor,lawyer,attorney,official
prosecutor|lawyer,attorney,official
attorney|lawyer,counsel
lawyer|attorney,counsel
first lady|spouse
spouse|partner,relative
parent|relative
child|relative
sibling|relative
grandparent|relative
grandchild|relative
uncle or aunt|relative
nephew or niece|relative
campaign manager|aide,official,staffer,adviser,strategist,chairperson
actor|star,celebrity,performer,artist,entertainer
athlete|player,star,sportsperson
anchor|journalist,presenter,broadcaster,host
host|presenter,broadcaster,anchor,journalist
police officer|officer,official
firefighter|worker,responder
`;
