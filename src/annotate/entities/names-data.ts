// Word lists for typing proper-noun chunks, written for corroborate. Space-separated for compactness.

/** Common given names, English and international, that are mostly male. */
export const MALE_FIRST_NAMES = `
Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Aleksandr Aleksei Alex
Alexander Alexandre Alexei Alexey Alfred Ali Alistair Allen Alvin Amir Anatoly Andre Andrea Andreas Andrei Andres
Andrew Andrey Andriy Andy Angelo Anthony Antoine Anton Antonio Antony Ariel Arnold Arthur Artem Ashton Avi Barack
Barry Bashar Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett Brian Bruce
Bruno Bryan Byron Calvin Cameron Carl Carlos Cesar Chad Charles Charlie Chris Christian Christopher Chuck Clarence
Claude Clint Cody Colin Conor Corey Craig Curtis Dale Dan Daniel Danny Dario Darren Dave David Dean Denis Dennis
Derek Dick Diego Dmitri Dmitriy Dmitry Dominic Don Donald Doug Douglas Duncan Dwight Dylan Earl Ed Eddie Edgar
Eduardo Edward Edwin Elijah Elliot Elon Emmanuel Enrique Eric Erik Ernest Ethan Eugene Evan Evgeny Fabio Faisal
Felipe Felix Fernando Francesco Francis Francisco Frank Franklin Fred Frederick Fyodor Gabriel Gareth Gary Gavin
Gene Geoffrey George Gerald Gerard Gerhard Giorgio Giovanni Giuseppe Glenn Gordon Graham Grant Greg Gregory Guido
Gustavo Guy Hamid Hank Hans Harold Harry Harvey Hassan Hector Heinz Henri Henry Herbert Herman Hillel Hiroshi Howard
Hugh Hugo Hussein Ian Ibrahim Igor Ihor Ilya Ismail Isaac Ivan Jack Jacob Jake Jakub James Jamie Jared Jason Javier
Jay Jean Jeb Jeff Jeffrey Jens Jeremy Jerome Jerry Jesse Jesus Jim Jimmy Joe Joel Johan Johannes John Johnny Jon
Jonathan Jordan Jorge Jose Joseph Josh Joshua Juan Julian Julio Justin Kamal Karl Keith Ken Kenneth Kevin Khalid
Kim Kirill Klaus Konstantin Kurt Kyle Lance Larry Lars Lawrence Lee Len Leo Leon Leonard Leonid Lewis Liam Lindsey
Lloyd Logan Lorenzo Louis Luca Lucas Luis Luke Lyndon Malcolm Manuel Marc Marcel Marco Marcus Mario Mark Marshall
Martin Marvin Mason Mathieu Matt Matteo Matthew Maurice Max Maxim Maxwell Mehmet Michael Michel Miguel Mike Mikhail
Mikhailo Milan Mitch Mitchell Mitt Mohamed Mohammad Mohammed Muhammad Mustafa Mykhailo Mykola Nasser Nathan Neil
Nelson Nicholas Nick Nicolas Nigel Nikita Nikolai Noah Noel Norman Oleg Oleh Oleksandr Oleksiy Oliver Omar Oscar
Osama Otto Owen Pablo Patrick Paul Pavel Pedro Pete Peter Petro Phil Philip Philippe Pierre Pietro Rafael Rahul
Ralph Ramon Randy Raul Ray Raymond Reggie Reinhard Rex Ricardo Richard Rick Ricky Rob Robert Roberto Robin Rod
Rodrigo Roger Roland Roman Ron Ronald Ross Roy Ruben Rudy Rupert Russell Ryan Saad Salman Sam Samuel Sandeep Saul
Scott Sean Sebastian Serge Sergei Sergey Sergio Serhiy Seth Shane Shaun Shawn Sidney Simon Stan Stanley Stefan
Stephen Steve Steven Stuart Sunil Taras Ted Terry Theo Theodore Thierry Thomas Tim Timothy Tobias Todd Tom Tommy
Tony Travis Trevor Troy Tyler Uri Valentin Valery Vasily Victor Viktor Vincent Vitaly Vitali Vladimir Vladislav
Volodymyr Walter Wayne Wesley Will William Willie Wolfgang Xavier Yaakov Yair Yevgeny Yosef Youssef Yuri Yury Zach
Zachary Zbigniew
`;

/** Common given names that are mostly female. */
export const FEMALE_FIRST_NAMES = `
Abigail Ada Adele Adriana Agnes Aisha Alexandra Alexis Alice Alicia Alina Alison Allison Alyssa Amal Amanda Amber
Amelia Amy Ana Anastasia Andrea Angela Angelina Angelique Anita Ann Anna Anne Annette Annie Antonia Ariana Ashley
Audrey Barbara Beatrice Becky Belinda Bernadette Beth Betsy Betty Beverly Beyonce Bianca Brenda Brigitte Britney
Brittany Brooke Camila Camilla Candace Carla Carly Carmen Carol Carole Caroline Carolyn Carrie Cassandra Catherine
Cathy Cecilia Celine Charlotte Chelsea Cheryl Chloe Christina Christine Cindy Claire Clara Claudia Colleen
Constance Courtney Cristina Crystal Cynthia Daisy Dana Danielle Daria Darya Dawn Debbie Deborah Debra Denise Diana
Diane Dianne Dolores Donna Doris Dorothy Edith Elaine Elena Elisabeth Elise Eliza Elizabeth Ella Ellen Elsa Emily
Emma Erica Erin Esther Eva Evelyn Fatima Fiona Florence Frances Francesca Gabriela Gabrielle Gail Gina Giorgia
Gisele Gloria Grace Greta Gwen Gwyneth Hannah Harriet Heather Heidi Helen Helena Hilary Hillary Holly Hope Ilhan
Ines Ingrid Irene Irina Iris Isabel Isabella Isabelle Ivana Ivanka Jacqueline Jane Janet Janice Jasmine Jean
Jeanne Jennifer Jenny Jessica Jill Joan Joanna Jodie Joyce Judith Judy Julia Julie Juliet Justine Karen Kate
Katherine Kathleen Kathryn Kathy Katie Katrina Kay Kayla Kelly Kendall Kerry Kim Kimberly Kristen Kristin Kylie
Lara Laura Lauren Leah Leila Lena Lesley Leslie Liliana Lily Linda Lindsay Lisa Liz Lois Loretta Lori Louise Lucia
Lucy Lydia Lyudmila Madeleine Madonna Maggie Malala Margaret Maria Mariam Marie Marina Marine Marion Marjorie
Martha Mary Maryam Maureen Maxine Megan Meghan Melania Melanie Melissa Meryl Mia Michaela Michelle Mila Mildred
Miranda Miriam Molly Monica Monique Nadia Nancy Naomi Natalia Natalie Natasha Nicola Nicole Nikki Nina Nora Olena
Olga Olivia Pamela Patricia Paula Pauline Penelope Penny Phyllis Priscilla Rachel Rebecca Regina Renee Rihanna
Rita Roberta Rosa Rosalind Rose Rosemary Roxanne Ruth Sabrina Sally Samantha Sandra Sara Sarah Scarlett Selena
Serena Sharon Sheila Shirley Silvia Simone Sofia Sonia Sophia Sophie Stacey Stephanie Susan Suzanne Svetlana Sylvia
Tamara Tammy Tanya Tara Taylor Teresa Theresa Tiffany Tina Tracy Ursula Valentina Valerie Vanessa Vera Veronica
Victoria Viktoria Virginia Vivian Wendy Whitney Yana Yulia Yvonne Zoe
`;

/** Particles that sit inside personal names in lower case ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES = "bin ibn al el de del della der di da dos du la le van von ter ten abu";

/**
 * Titles that stand before a name and are the person's role ("President", "Sen.", "Gov.").
 * Compared case-insensitively on the token norm.
 */
export const PRENAME_TITLES = `
president vice-president premier chancellor king queen prince princess emperor empress pope sultan emir sheikh
ayatollah senator sen. sen rep. rep representative congressman congresswoman congressmember assemblyman
assemblywoman councilman councilwoman councillor councilor alderman gov. gov governor mayor lt. lt lieutenant
gen. gen general col. col colonel maj. maj major capt. capt captain sgt. sgt sergeant adm. adm admiral cmdr.
cmdr commander cpl. cpl corporal coroner undersheriff clerk editor pvt. pvt private marshal secretary minister judge justice ambassador sheriff
detective officer inspector superintendent commissioner chief director chairman chairwoman chairperson chair
speaker leader coach bishop archbishop cardinal rev. rev reverend rabbi imam cleric prosecutor attorney
ceo cfo coo cto qb gm founder spokesman spokeswoman spokesperson aide adviser advisor economist analyst
secretary-general deputy envoy agent trooper patrolman constable const. const insp. insp supt. supt det. det
`;

/** Words that modify a title and belong to the role ("Vice President", "Prime Minister", "former Gov."). */
export const TITLE_MODIFIERS = `
vice prime deputy acting former interim foreign defense defence interior finance justice health home
press chief senior junior assistant associate executive supreme lieutenant lt. attorney first general
district state federal national regional special top presidential majority minority grand
`;

/** Honorifics: not roles, but they mark a person and sometimes gender. */
export const HONORIFICS: Readonly<Record<string, "male" | "female" | null>> = {
  mr: "male",
  "mr.": "male",
  mrs: "female",
  "mrs.": "female",
  ms: "female",
  "ms.": "female",
  miss: "female",
  mx: null,
  "mx.": null,
  dr: null,
  "dr.": null,
  prof: null,
  "prof.": null,
  professor: null,
  sir: "male",
  dame: "female",
  lord: "male",
  lady: "female",
  madame: "female",
  monsieur: "male",
};

/** Last words that make a chunk an organisation ("Supreme Court", "Acme Inc."). */
export const ORG_SUFFIXES = `
council ministry court party inc inc. corp corp. corporation co. company ltd ltd. llc plc group university
institute institution agency department committee commission bank association foundation fund times post news
journal press airlines airways motors club fc team hospital school college academy church army navy police force
forces guard administration service services office bureau board union league federation organization organisation
network holdings technologies systems labs laboratories entertainment studios records pictures magazine gazette
herald tribune telegraph chronicle observer center centre parliament senate congress assembly cabinet government
authority alliance coalition movement brigade brigades battalion regiment corps command caucus society trust
partners capital bancorp media broadcasting radio channel clinic campaign patrol
telecom telecoms energy oil petroleum steel pharmaceuticals foods communications insurance securities
investments ventures enterprises industries brands stores restaurants hotels resorts
`;

/** First words that make an "X of Y" chunk an organisation ("University of Chicago", "Ministry of Defence"). */
export const ORG_HEADS_BEFORE_OF = `
university institute department ministry bank council court board bureau office commission committee league
federation association union church college school academy society organization organisation chamber house
army corps party center centre foundation fund agency administration authority secretariat museum library
`;

/** Words that end place names ("Jefferson County", "Hudson River"). */
export const PLACE_SUFFIXES = `
city county province state region district island islands river lake mountain mountains valley street avenue
road boulevard square bridge airport beach bay park sea ocean gulf peninsula strait coast heights hills canyon
desert forest village town township prefecture oblast territory territories harbor harbour port station
cathedral palace stadium arena plaza mall prison highway freeway interstate ave. ave rd. blvd. tower
`;

/** Words that start place names ("Mount Everest", "Lake Tahoe", "Fort Worth"). */
export const PLACE_PREFIXES = "mount mt. lake fort port cape gulf bay isle san santa st. saint los las point";

/** Last words that make a chunk a law, event or other named thing ("Affordable Care Act", "World Cup"). */
export const OTHER_SUFFIXES = `
act bill treaty accord agreement convention constitution amendment doctrine plan war cup games olympics
championship championships festival awards award prize summit conference forum election elections primary debate
show series album film movie novel
day week month year era
`;

/** Capitalised words that are never entities on their own: days, months, pronoun-like and heading words. */
export const NON_ENTITY_WORDS = `
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.
i god ok okay am pm a.m. p.m. et al no. nos. jr jr. sr sr.
`;

/**
 * Words that open a sentence in front of a name without being part of it ("Tonight Valmora chose hope",
 * "Former Halden mayor Victor Amsel"): capitalised only by their place, so the tagger reads them as names.
 */
export const SENTENCE_OPENERS = `
today tonight yesterday tomorrow now meanwhile former
`;

/** All-capital tokens that are not names of anything in news text. */
export const NON_ENTITY_ACRONYMS = `
TV CEO CFO COO CTO DNA RNA GDP ER ID OK AM PM UTC GMT EST EDT PST PDT CST BST CET AD BC BCE CE MP MPS
DUI DWI RBI RBIS ERA AK LOL OMG FAQ PDF URL HTML USB GPS SUV ATM PIN IQ HIV AIDS COVID SARS UFO VIP DIY PR HR IT QA RSVP ASAP
NB PS VS AKA RIP LGBT LGBTQ MRI CT ICU CPR PTSD ADHD OCD DJ MC TBA TBD ET PT II III IV VI VII VIII
IX XI XII MVP OP ED OPED WMD IED RPG AR MPH KM KG LB LBS OZ AND THE OF FOR TO IN ON AT BY A
`;
