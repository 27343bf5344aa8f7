// Compact gazetteers written for corroborate. One entry a line:
//   canonical | aliases (comma-separated) | demonyms or extra field (comma-separated)
// Aliases are matched case-sensitively on token boundaries (see gazetteer.ts), so "US" is the
// country and "us" the pronoun. The lists aim at what news reports name most often, not at coverage.

/** Countries and a few country-like territories: canonical | aliases | demonyms. */
export const COUNTRIES = `
Afghanistan||Afghan,Afghans
Albania||Albanian,Albanians
Algeria||Algerian,Algerians
Andorra||Andorran
Angola||Angolan,Angolans
Argentina||Argentine,Argentinian,Argentines,Argentinians
Armenia||Armenian,Armenians
Australia||Australian,Australians,Aussie,Aussies
Austria||Austrian,Austrians
Azerbaijan||Azerbaijani,Azeri,Azerbaijanis
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini,Bahrainis
Bangladesh||Bangladeshi,Bangladeshis
Barbados||Barbadian
Belarus||Belarusian,Belarusians
Belgium||Belgian,Belgians
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian,Bolivians
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians
Botswana||Botswanan
Brazil||Brazilian,Brazilians
Brunei||Bruneian
Bulgaria||Bulgarian,Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian,Cambodians
Cameroon||Cameroonian,Cameroonians
Canada||Canadian,Canadians
Cape Verde||Cape Verdean
Central African Republic||
Chad||Chadian,Chadians
Chile||Chilean,Chileans
China|People's Republic of China,PRC,Beijing's|Chinese
Colombia||Colombian,Colombians
Comoros||Comoran
Congo|Republic of the Congo,Congo-Brazzaville|Congolese
Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|
Costa Rica||Costa Rican,Costa Ricans
Croatia||Croatian,Croatians,Croat,Croats
Cuba||Cuban,Cubans
Cyprus||Cypriot,Cypriots
Czech Republic|Czechia|Czech,Czechs
Denmark||Danish,Dane,Danes
Djibouti||Djiboutian
Dominican Republic||Dominican,Dominicans
Ecuador||Ecuadorian,Ecuadorians
Egypt||Egyptian,Egyptians
El Salvador|Salvador|Salvadoran,Salvadorans
Equatorial Guinea||Equatoguinean
Eritrea||Eritrean,Eritreans
Estonia||Estonian,Estonians
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian,Ethiopians
Fiji||Fijian,Fijians
Finland||Finnish,Finn,Finns
France||French,Frenchman,Frenchwoman
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian,Georgians
Germany||German,Germans
Ghana||Ghanaian,Ghanaians
Greece||Greek,Greeks
Guatemala||Guatemalan,Guatemalans
Guinea||Guinean
Guinea-Bissau||Bissau-Guinean
Guyana||Guyanese
Haiti||Haitian,Haitians
Honduras||Honduran,Hondurans
Hungary||Hungarian,Hungarians
Iceland||Icelandic,Icelander,Icelanders
India||Indian,Indians
Indonesia||Indonesian,Indonesians
Iran|Islamic Republic of Iran|Iranian,Iranians,Persian
Iraq||Iraqi,Iraqis
Ireland|Republic of Ireland,Eire|Irish,Irishman
Israel||Israeli,Israelis
Italy||Italian,Italians
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian,Ivorians
Jamaica||Jamaican,Jamaicans
Japan||Japanese
Jordan||Jordanian,Jordanians
Kazakhstan||Kazakh,Kazakhs,Kazakhstani
Kenya||Kenyan,Kenyans
Kosovo||Kosovar,Kosovars,Kosovan
Kuwait||Kuwaiti,Kuwaitis
Kyrgyzstan||Kyrgyz
Laos||Laotian,Lao
Latvia||Latvian,Latvians
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian,Liberians
Libya||Libyan,Libyans
Liechtenstein||Liechtensteiner
Lithuania||Lithuanian,Lithuanians
Luxembourg||Luxembourgish,Luxembourger
Madagascar||Malagasy
Malawi||Malawian,Malawians
Malaysia||Malaysian,Malaysians
Maldives|The Maldives|Maldivian
Mali||Malian,Malians
Malta||Maltese
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican,Mexicans
Moldova||Moldovan,Moldovans
Monaco||Monegasque
Mongolia||Mongolian,Mongolians
Montenegro||Montenegrin
Morocco||Moroccan,Moroccans
Mozambique||Mozambican
Myanmar|Burma|Burmese
Namibia||Namibian
Nepal||Nepali,Nepalese
Netherlands|The Netherlands,Holland|Dutch,Dutchman
New Zealand||New Zealander,New Zealanders,Kiwi,Kiwis
Nicaragua||Nicaraguan,Nicaraguans
Niger||Nigerien
Nigeria||Nigerian,Nigerians
North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans
North Macedonia|Macedonia|Macedonian,Macedonians
Norway||Norwegian,Norwegians
Oman||Omani,Omanis
Pakistan||Pakistani,Pakistanis
Palestine|Palestinian territories,Palestinian Territories|Palestinian,Palestinians
Panama||Panamanian,Panamanians
Papua New Guinea|PNG|Papua New Guinean
Paraguay||Paraguayan,Paraguayans
Peru||Peruvian,Peruvians
Philippines|The Philippines|Filipino,Filipinos,Philippine
Poland||Polish,Pole,Poles
Portugal||Portuguese
Qatar||Qatari,Qataris
Romania||Romanian,Romanians
Russia|Russian Federation|Russian,Russians
Rwanda||Rwandan,Rwandans
Saudi Arabia||Saudi,Saudis
Senegal||Senegalese
Serbia||Serbian,Serbians,Serb,Serbs
Sierra Leone||Sierra Leonean
Singapore||Singaporean,Singaporeans
Slovakia||Slovak,Slovaks,Slovakian
Slovenia||Slovenian,Slovene,Slovenes
Somalia||Somali,Somalis
South Africa||South African,South Africans
South Korea|Republic of Korea,ROK|South Korean,South Koreans
South Sudan||South Sudanese
Spain||Spanish,Spaniard,Spaniards
Sri Lanka||Sri Lankan,Sri Lankans
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish,Swede,Swedes
Switzerland||Swiss
Syria||Syrian,Syrians
Taiwan||Taiwanese
Tajikistan||Tajik,Tajiks
Tanzania||Tanzanian,Tanzanians
Thailand||Thai,Thais
Togo||Togolese
Trinidad and Tobago|Trinidad|Trinidadian
Tunisia||Tunisian,Tunisians
Turkey|Türkiye,Turkiye|Turkish,Turk,Turks
Turkmenistan||Turkmen
Uganda||Ugandan,Ugandans
Ukraine||Ukrainian,Ukrainians
United Arab Emirates|UAE,U.A.E.,Emirates|Emirati,Emiratis
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons,Brit,Brits
United States|US,U.S.,USA,U.S.A.,America,United States of America|American,Americans
Uruguay||Uruguayan,Uruguayans
Uzbekistan||Uzbek,Uzbeks
Vatican|Vatican City,Holy See|
Venezuela||Venezuelan,Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni,Yemenis
Zambia||Zambian,Zambians
Zimbabwe||Zimbabwean,Zimbabweans
England||English,Englishman,Englishwoman
Scotland||Scottish,Scot,Scots
Wales||Welsh
Northern Ireland||Northern Irish
Gaza|Gaza Strip|Gazan,Gazans
West Bank||
Crimea||Crimean
Donbas|Donbass|
Kurdistan||Kurdish,Kurd,Kurds
Tibet||Tibetan,Tibetans
Chechnya||Chechen,Chechens
Hong Kong||Hong Konger
Puerto Rico||Puerto Rican,Puerto Ricans
Greenland||Greenlandic
Europe||European,Europeans
Africa||African,Africans
Asia||Asian,Asians
Latin America||Latin American,Latin Americans
Middle East|Mideast|Middle Eastern
North America||North American
South America||South American
Antarctica||Antarctic
Arctic||
Caribbean||
Balkans|the Balkans|Balkan
Scandinavia||Scandinavian,Scandinavians
Arab world||Arab,Arabs
`;

/** US states: canonical | aliases | AP abbreviations (accepted only after "City, "). */
export const US_STATES = `
Alabama||Ala.
Alaska||
Arizona||Ariz.
Arkansas||Ark.
California||Calif.,Cal.
Colorado||Colo.
Connecticut||Conn.
Delaware||Del.
Florida||Fla.
Georgia||Ga.
Hawaii||
Idaho||
Illinois||Ill.
Indiana||Ind.
Iowa||
Kansas||Kan.,Kans.
Kentucky||Ky.
Louisiana||La.
Maine||
Maryland||Md.
Massachusetts||Mass.
Michigan||Mich.
Minnesota||Minn.
Mississippi||Miss.
Missouri||Mo.
Montana||Mont.
Nebraska||Neb.,Nebr.
Nevada||Nev.
New Hampshire||N.H.
New Jersey||N.J.
New Mexico||N.M.
New York|New York State|N.Y.
North Carolina||N.C.
North Dakota||N.D.
Ohio||
Oklahoma||Okla.
Oregon||Ore.
Pennsylvania||Pa.
Rhode Island||R.I.
South Carolina||S.C.
South Dakota||S.D.
Tennessee||Tenn.
Texas||Tex.
Utah||
Vermont||Vt.
Virginia||Va.
Washington State|Washington state|Wash.
West Virginia||W.Va.,W.Va
Wisconsin||Wis.
Wyoming||Wyo.
District of Columbia|D.C.,DC,Washington D.C.|
`;

/** Capitals and large or often-reported cities: canonical | aliases. */
export const CITIES = `
Washington|Washington DC
New York City|NYC
Los Angeles|L.A.,LA
Chicago|
Houston|
Phoenix|
Philadelphia|Philly
San Antonio|
San Diego|
Dallas|
San Jose|
Austin|
San Francisco|
Seattle|
Denver|
Boston|
Detroit|
Nashville|
Memphis|
Portland|
Las Vegas|
Baltimore|
Milwaukee|
Atlanta|
Miami|
Orlando|
Tampa|
New Orleans|
Cleveland|
Cincinnati|
Pittsburgh|
St. Louis|St Louis,Saint Louis
Kansas City|
Minneapolis|
Sacramento|
Honolulu|
Anchorage|
Salt Lake City|
Charlotte|
Raleigh|
Richmond|
Albany|
Hollywood|
Malibu|
Beverly Hills|
Silicon Valley|
Manhattan|
Brooklyn|
Queens|
Bronx|The Bronx
Harlem|
Ferguson|
Charleston|
Orlando|
Flint|
Newark|
Jersey City|
Oakland|
Cleveland|
Columbus|
Indianapolis|
Louisville|
Oklahoma City|
Omaha|
Tucson|
Albuquerque|
El Paso|
Fort Worth|
Jacksonville|
Buffalo|
Toronto|
Montreal|
Vancouver|
Ottawa|
Calgary|
Mexico City|
Havana|
Caracas|
Bogota|Bogotá
Lima|
Santiago|
Buenos Aires|
Sao Paulo|São Paulo
Rio de Janeiro|Rio
Brasilia|Brasília
Quito|
Montevideo|
London|
Manchester|
Liverpool|
Birmingham|
Edinburgh|
Glasgow|
Belfast|
Cardiff|
Dublin|
Paris|
Marseille|
Lyon|
Nice|
Brussels|
Amsterdam|
The Hague|Hague
Rotterdam|
Berlin|
Munich|
Hamburg|
Frankfurt|
Cologne|
Vienna|
Zurich|Zürich
Geneva|
Bern|
Rome|
Milan|
Naples|
Venice|
Florence|
Madrid|
Barcelona|
Lisbon|
Athens|
Copenhagen|
Stockholm|
Oslo|
Helsinki|
Reykjavik|
Warsaw|
Krakow|Kraków
Prague|
Budapest|
Bratislava|
Bucharest|
Sofia|
Belgrade|
Zagreb|
Sarajevo|
Ljubljana|
Skopje|
Tirana|
Pristina|
Chisinau|
Minsk|
Vilnius|
Riga|
Tallinn|
Moscow|
St. Petersburg|St Petersburg,Saint Petersburg
Kyiv|Kiev
Kharkiv|Kharkov
Odesa|Odessa
Lviv|
Dnipro|
Mariupol|
Bakhmut|
Kherson|
Zaporizhzhia|Zaporizhzhia,Zaporozhye
Donetsk|
Luhansk|Lugansk
Sevastopol|
Belgorod|
Tbilisi|
Yerevan|
Baku|
Istanbul|
Ankara|
Jerusalem|
Tel Aviv|
Beirut|
Damascus|
Aleppo|
Homs|
Raqqa|
Idlib|
Baghdad|
Mosul|
Basra|
Fallujah|
Erbil|
Tehran|
Riyadh|
Jeddah|
Mecca|
Medina|
Doha|
Dubai|
Abu Dhabi|
Muscat|
Sanaa|Sana'a
Aden|
Amman|
Kuwait City|
Manama|
Cairo|
Alexandria|
Tripoli|
Benghazi|
Tunis|
Algiers|
Rabat|
Casablanca|
Khartoum|
Addis Ababa|
Nairobi|
Mogadishu|
Kampala|
Kigali|
Dar es Salaam|
Kinshasa|
Lagos|
Abuja|
Accra|
Dakar|
Bamako|
Johannesburg|
Cape Town|
Pretoria|
Harare|
Luanda|
Kabul|
Kandahar|
Islamabad|
Karachi|
Lahore|
New Delhi|Delhi
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bangalore|Bengaluru
Dhaka|
Kathmandu|
Colombo|
Beijing|Peking
Shanghai|
Hong Kong|
Wuhan|
Guangzhou|
Shenzhen|
Taipei|
Tokyo|
Osaka|
Hiroshima|
Fukushima|
Seoul|
Pyongyang|
Bangkok|
Hanoi|
Ho Chi Minh City|Saigon
Manila|
Jakarta|
Kuala Lumpur|
Singapore|
Yangon|Rangoon
Phnom Penh|
Sydney|
Melbourne|
Brisbane|
Perth|
Canberra|
Auckland|
Wellington|
Christchurch|
Davos|
Strasbourg|
Luxembourg|
Monaco|
Vatican City|
`;

/**
 * Organisations: canonical | aliases and acronyms.
 * Metonyms for governments ("the Kremlin", "the White House") are organisations here, because news
 * uses them as actors ("the Kremlin said").
 */
export const ORGANIZATIONS = `
United Nations|UN,U.N.
United Nations Security Council|UN Security Council,U.N. Security Council,UNSC,Security Council
United Nations General Assembly|UN General Assembly,U.N. General Assembly,UNGA,General Assembly
UNICEF|United Nations Children's Fund
UNESCO|
UNHCR|UN refugee agency,United Nations High Commissioner for Refugees
World Health Organization|WHO,World Health Organisation
World Trade Organization|WTO,World Trade Organisation
World Bank|
International Monetary Fund|IMF
International Criminal Court|ICC
International Court of Justice|ICJ,World Court
International Atomic Energy Agency|IAEA
International Committee of the Red Cross|ICRC
Red Cross|
Red Crescent|
Amnesty International|Amnesty
Human Rights Watch|HRW
Doctors Without Borders|Medecins Sans Frontieres,Médecins Sans Frontières,MSF
Greenpeace|
Interpol|
Europol|
North Atlantic Treaty Organization|NATO,Nato,North Atlantic Treaty Organisation
European Union|EU,E.U.
European Commission|
European Parliament|
European Council|
European Central Bank|ECB
Council of Europe|
Organization for Security and Co-operation in Europe|OSCE
Organisation for Economic Co-operation and Development|OECD
Organization of the Petroleum Exporting Countries|OPEC
African Union|AU
Arab League|
Association of Southeast Asian Nations|ASEAN
Group of Seven|G7,G-7
Group of Twenty|G20,G-20
Kremlin|
White House|
Pentagon|
State Department|US State Department,U.S. State Department,Department of State
Department of Defense|Defense Department,DoD
Department of Justice|Justice Department,DOJ
Department of Homeland Security|Homeland Security Department,DHS
Department of Health and Human Services|HHS
Department of Veterans Affairs|VA,Veterans Affairs
Treasury Department|Department of the Treasury,US Treasury,Treasury
Department of Energy|Energy Department
Department of Education|Education Department
Department of Labor|Labor Department
Department of Commerce|Commerce Department
Department of Agriculture|USDA,Agriculture Department
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
National Security Council|NSC,US National Security Council,U.S. National Security Council
Director of National Intelligence|DNI
Federal Reserve|Fed,Federal Reserve Board
Securities and Exchange Commission|SEC
Federal Communications Commission|FCC
Federal Aviation Administration|FAA
Federal Emergency Management Agency|FEMA
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
National Aeronautics and Space Administration|NASA
Transportation Security Administration|TSA
Drug Enforcement Administration|DEA
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Internal Revenue Service|IRS
Secret Service|US Secret Service,U.S. Secret Service
National Guard|
Coast Guard|
US Army|U.S. Army,United States Army
US Navy|U.S. Navy,United States Navy
US Air Force|U.S. Air Force,United States Air Force
US Marine Corps|U.S. Marine Corps,Marine Corps,Marines
Army|
Navy|
Air Force|
Royal Navy|
Royal Air Force|RAF
British Army|
Red Army|
Supreme Court|US Supreme Court,U.S. Supreme Court
Congress|US Congress,U.S. Congress
Senate|US Senate,U.S. Senate
House of Representatives|US House of Representatives,U.S. House of Representatives,House
House Intelligence Committee|
Senate Intelligence Committee|
Senate Judiciary Committee|
House Judiciary Committee|
House Oversight Committee|
Senate Armed Services Committee|
Senate Foreign Relations Committee|
Democratic Party|Democratic party
Republican Party|GOP,Republican party
Democratic National Committee|DNC
Republican National Committee|RNC
Libertarian Party|
Green Party|
Tea Party|
Conservative Party|Conservatives,Tories,Tory party
Labour Party|Labour
Liberal Democrats|Lib Dems
Scottish National Party|SNP
UK Independence Party|UKIP
Downing Street|Number 10,No 10
Parliament|
House of Commons|Commons
House of Lords|
Bundestag|
Duma|State Duma
Knesset|
Federal Security Service|FSB
Russian Defence Ministry|Russian Defense Ministry,Russian Ministry of Defence
Wagner Group|Wagner
Gazprom|
Rosneft|
Hamas|
Hezbollah|Hizbollah
Islamic State|ISIS,ISIL,Daesh,Islamic State group
al-Qaeda|Al Qaeda,al Qaeda,al-Qaida,Al-Qaeda
Taliban|
Boko Haram|
al-Shabab|Al-Shabaab,al-Shabaab,Al Shabaab
Houthis|Houthi
Muslim Brotherhood|
Palestinian Authority|
Palestine Liberation Organization|PLO
Israel Defense Forces|IDF
Mossad|
Revolutionary Guards|IRGC,Islamic Revolutionary Guard Corps,Revolutionary Guard
Kurdistan Workers' Party|PKK
Syrian Democratic Forces|SDF
MI5|
MI6|
GCHQ|
Scotland Yard|Metropolitan Police,Met Police
BBC|British Broadcasting Corporation
CNN|
Fox News|Fox
MSNBC|
NBC|NBC News
ABC|ABC News
CBS|CBS News
NPR|National Public Radio
PBS|
C-SPAN|
Reuters|
Associated Press|AP
Agence France-Presse|AFP
Bloomberg|Bloomberg News
The New York Times|New York Times,NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal,WSJ
USA Today|USA TODAY
Los Angeles Times|LA Times,L.A. Times
Chicago Tribune|
Boston Globe|
New York Post|
New York Daily News|Daily News
The Guardian|Guardian
The Times|
The Telegraph|Daily Telegraph,Telegraph
Financial Times|FT
The Economist|
Daily Mail|Mail Online,MailOnline
Al Jazeera|Al-Jazeera
TASS|Tass
RIA Novosti|
RT|Russia Today
Xinhua|
Politico|
Axios|
BuzzFeed|BuzzFeed News
Breitbart|Breitbart News
The Hill|
HuffPost|Huffington Post,The Huffington Post
Vox|
Newsweek|
Time magazine|
Rolling Stone|
TMZ|
Us Weekly|
E! News|
Entertainment Weekly|
The Atlantic|
The New Yorker|New Yorker
Vanity Fair|
Forbes|
Apple|Apple Inc.,Apple Inc
Google|Alphabet
Microsoft|
Amazon|Amazon.com
Facebook|Meta
Instagram|
WhatsApp|
Twitter|
YouTube|
TikTok|
Netflix|
Tesla|
SpaceX|
Intel|
IBM|
Oracle|
Samsung|
Sony|
Nokia|
Huawei|
Toyota|
Honda|
Nissan|
General Motors|GM
Ford|Ford Motor,Ford Motor Company
Chrysler|
Volkswagen|VW
BMW|
Boeing|
Airbus|
Lockheed Martin|
Raytheon|
General Electric|GE
ExxonMobil|Exxon,Exxon Mobil
Chevron|
BP|
Shell|Royal Dutch Shell
Goldman Sachs|
JPMorgan Chase|JPMorgan,JP Morgan
Morgan Stanley|
Citigroup|Citi,Citibank
Bank of America|
Wells Fargo|
Walmart|Wal-Mart
Starbucks|
McDonald's|McDonalds
Coca-Cola|Coke
PepsiCo|Pepsi
Disney|Walt Disney,Walt Disney Company
Warner Bros.|Warner Bros,Warner Brothers
Universal Pictures|
Paramount|
HBO|
Uber|
Airbnb|
Pfizer|
Moderna|
Johnson & Johnson|J&J
AstraZeneca|
Wikileaks|WikiLeaks
Clinton Foundation|
Trump Organization|
Harvard University|Harvard
Yale University|Yale
Princeton University|
Stanford University|Stanford
Columbia University|
Massachusetts Institute of Technology|MIT
University of Oxford|Oxford University
University of Cambridge|Cambridge University
Georgetown University|Georgetown
Brookings Institution|Brookings
Heritage Foundation|
RAND Corporation|RAND
Council on Foreign Relations|CFR
Pew Research Center|Pew
Gallup|
Quinnipiac University|Quinnipiac
National Rifle Association|NRA
American Civil Liberties Union|ACLU
Planned Parenthood|
Black Lives Matter|BLM
Southern Poverty Law Center|SPLC
National Football League|NFL
National Basketball Association|NBA
Major League Baseball|MLB
National Hockey League|NHL
FIFA|
UEFA|
International Olympic Committee|IOC
Premier League|
Catholic Church|Roman Catholic Church
Church of England|
`;

/** People news mentions by surname alone often enough that the surname needs no first mention. */
export const WELL_KNOWN_PEOPLE = `
Vladimir Putin|Putin
Volodymyr Zelensky|Zelensky,Zelenskyy,Zelenskiy
Joe Biden|Biden
Donald Trump|Trump
Barack Obama|Obama
Hillary Clinton|
Bill Clinton|
George W. Bush|
Kamala Harris|
Xi Jinping|Xi
Emmanuel Macron|Macron
Angela Merkel|Merkel
Olaf Scholz|Scholz
Boris Johnson|
Rishi Sunak|Sunak
Theresa May|
Recep Tayyip Erdogan|Erdogan,Erdoğan
Benjamin Netanyahu|Netanyahu
Narendra Modi|Modi
Kim Jong Un|Kim Jong-un
Bashar al-Assad|Assad
Pope Francis|
Elon Musk|Musk
Sergei Lavrov|Lavrov
Alexei Navalny|Navalny
Yevgeny Prigozhin|Prigozhin
Nicolas Maduro|Maduro
Jair Bolsonaro|Bolsonaro
Justin Trudeau|Trudeau
Mike Pence|Pence
Bernie Sanders|
Nancy Pelosi|Pelosi
Mitch McConnell|McConnell
`;

/** Political, religious and ethnic groups named as adjectives or plurals: canonical | aliases. */
export const GROUPS = `
Democrat|Democrats,Democratic
Republican|Republicans
Muslim|Muslims
Christian|Christians
Jewish|Jew,Jews
Catholic|Catholics
Protestant|Protestants
Evangelical|Evangelicals
Sunni|Sunnis
Shia|Shiite,Shiites,Shi'ite,Shia Muslims
Hindu|Hindus
Sikh|Sikhs
Buddhist|Buddhists
Islamist|Islamists
Hispanic|Hispanics
African American|African Americans,African-American,African-Americans
Asian American|Asian Americans,Asian-American,Asian-Americans
Mexican American|Mexican Americans,Mexican-American,Mexican-Americans
Native American|Native Americans
Latino|Latinos,Latina,Latinas
Conservative|
Liberal|Liberals
Brexiteer|Brexiteers
`;

/** Recurring events, awards and holidays: canonical | aliases. */
export const EVENTS = `
Academy Awards|Oscars,Oscar,Academy Award
Emmy Awards|Emmys,Emmy,Emmy Award
Grammy Awards|Grammys,Grammy,Grammy Award
Golden Globe Awards|Golden Globes,Golden Globe
Tony Awards|Tonys
Nobel Prize|Nobel Peace Prize,Nobel
Pulitzer Prize|Pulitzer
Super Bowl|
World Cup|FIFA World Cup
Olympic Games|Olympics,Olympic,Winter Olympics,Summer Olympics
Paralympic Games|Paralympics
Wimbledon|
Tour de France|
Champions League|
World Series|
Christmas|Christmas Day,Christmas Eve
Easter|
Thanksgiving|Thanksgiving Day
Ramadan|
Hanukkah|Chanukah
Passover|
Eid al-Fitr|Eid
Diwali|
Halloween|
New Year's Day|New Year's Eve
Independence Day|Fourth of July
Memorial Day|
Labor Day|
Veterans Day|
Brexit|
Holocaust|
Cold War|
World War I|First World War,WWI
World War II|Second World War,WWII
Vietnam War|
Iraq War|
Watergate|Watergate scandal
`;
