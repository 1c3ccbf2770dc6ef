// Country names and codes, one country a line: ISO2, ISO3, the English name Twenty's country picker shows
// (CLDR, as Intl.DisplayNames('en') gives it), then names in de, fr, es, it, nl, pt and common aliases, '|'-separated.
// Data only: countries.ts folds and indexes it once. Ambiguous names ('Congo') are left out on purpose.

/** `ISO2 ISO3 English|other names...`, one country a line. */
export const COUNTRY_TABLE = `
AD AND Andorra|Andorre|Vorstendom Andorra
AE ARE United Arab Emirates|UAE|Vereinigte Arabische Emirate|Émirats arabes unis|Emiratos Árabes Unidos|Emirati Arabi Uniti|Verenigde Arabische Emiraten|Emirados Árabes Unidos|U.A.E.|VAE
AF AFG Afghanistan|Afganistán|Islamitisch Emiraat Afghanistan|Afeganistão
AG ATG Antigua & Barbuda|Antigua und Barbuda|Antigua-et-Barbuda|Antigua y Barbuda|Antigua e Barbuda|Antigua en Barbuda
AI AIA Anguilla|Anguila
AL ALB Albania|Albanien|Albanie|Republiek Albanië
AM ARM Armenia|Armenien|Arménie|Republiek Armenië
AO AGO Angola|Republiek Angola
AQ ATA Antarctica|Antarktis|Antarctique|Antártida|Antartide
AR ARG Argentina|Argentinien|Argentine|Argentinië|Argentijnse Republiek
AS ASM American Samoa|Amerikanisch-Samoa|Samoa américaines|Samoa Americana|Samoa Americane|Amerikaans-Samoa
AT AUT Austria|Österreich|Autriche|Oostenrijk|Republiek Oostenrijk
AU AUS Australia|Australien|Australie|Gemenebest van Australië
AW ABW Aruba
AX ALA Åland Islands|Ålandinseln|Åland|Îles Åland|Islas Aland|Isole Åland|Ilhas Aland
AZ AZE Azerbaijan|Aserbaidschan|Azerbaïdjan|Azerbaiyán|Azerbaigian|Azerbeidzjan|Republiek Azerbeidzjan|Azerbaijão
BA BIH Bosnia & Herzegovina|Bosnia|Bosnien und Herzegowina|Bosnie-Herzégovine|Bosnia y Herzegovina|Bosnia ed Erzegovina|Bosnië en Herzegovina|Bosnië-Herzegovina|Bósnia e Herzegovina|Bósnia-Herzegovina|Bosnien
BB BRB Barbados|Barbade
BD BGD Bangladesh|Bangladesch|Bangladés|Volksrepubliek Bangladesh
BE BEL Belgium|Belgien|Belgique|Bélgica|Belgio|België|Koninkrijk België
BF BFA Burkina Faso|Burquina Faso
BG BGR Bulgaria|Bulgarien|Bulgarie|Bulgarije|Republiek Bulgarije
BH BHR Bahrain|Bahreïn|Baréin|Koninkrijk Bahrein
BI BDI Burundi|Republiek Burundi
BJ BEN Benin|Republiek Benin|Benim
BL BLM St. Barthélemy|Saint Barthélemy|San Bartolomé|São Bartolomeu
BM BMU Bermuda|Bermudes|Bermudas
BN BRN Brunei|Brunei Darussalam
BO BOL Bolivia|Bolivien|Bolivie|Plurinationale Staat Bolivia
BQ BES Caribbean Netherlands|Bonaire, Sint Eustatius and Saba|Karibische Niederlande|Bonaire|Pays-Bas caribéens|Bonaire, Saint-Eustache et Saba|Caribe neerlandés|Bonaire, San Eustaquio y Saba|Caraibi Olandesi|Isole BES|Caribisch Nederland|Bonaire, Sint Eustatius en Saba|Países Baixos Caribenhos
BR BRA Brazil|Brasilien|Brésil|Brasil|Brasile|Brazilië|Federale Republiek Brazilië
BS BHS Bahamas|Bahama’s|Gemenebest van de Bahama's
BT BTN Bhutan|Bhoutan|Bután|Koninkrijk Bhutan|Butão
BV BVT Bouvet Island|Bouvetinsel|Île Bouvet|Isla Bouvet|Isola Bouvet|Bouveteiland|Bouvet Eiland|Ilha Bouvet
BW BWA Botswana|Botsuana|Republiek Botswana
BY BLR Belarus|Biélorussie|Bielorrusia|Bielorussia|Republiek Wit-Rusland|Wit-Rusland|Bielorrússia
BZ BLZ Belize|Belice
CA CAN Canada|Kanada
CC CCK Cocos (Keeling) Islands|Cocos Islands|Kokosinseln|Îles Cocos|Islas Cocos|Islas Cocos (Keeling)|Isole Cocos (Keeling)|Isole Cocos e Keeling|Cocoseilanden|Ilhas Cocos (Keeling)
CD COD Congo - Kinshasa|Democratic Republic of the Congo|Kongo-Kinshasa|République démocratique du Congo|República Democrática del Congo|Congo (República Democrática del)|Repubblica Democratica del Congo|Democratische Republiek Congo|DR Congo|DRC|RDC
CF CAF Central African Republic|Zentralafrikanische Republik|République centrafricaine|República Centroafricana|Repubblica Centrafricana|Centraal-Afrikaanse Republiek|República Centro-Africana
CG COG Congo - Brazzaville|Republic of the Congo|Kongo-Brazzaville|Republik Kongo|République du Congo|Repubblica del Congo|Republiek Congo|República do Congo
CH CHE Switzerland|Schweiz|Suisse|Suiza|Svizzera|Zwitserland|Zwitserse Bondsstaat|Suíça|Helvetia
CI CIV Côte d’Ivoire|Ivory Coast|Elfenbeinküste|Costa de Marfil|Costa d’Avorio|Ivoorkust|Republiek Ivoorkust|Costa do Marfim
CK COK Cook Islands|Cookinseln|Îles Cook|Islas Cook|Isole Cook|Cookeilanden|Ilhas Cook
CL CHL Chile|Chili|Cile|Republiek Chili
CM CMR Cameroon|Kamerun|Cameroun|Camerún|Kameroen|Republiek Kameroen|Camarões
CN CHN China|People's Republic of China|Chine|Cina|Volksrepubliek China
CO COL Colombia|Kolumbien|Colombie|Republiek Colombia
CR CRI Costa Rica|Republiek Costa Rica
CU CUB Cuba|Kuba|Republiek Cuba
CV CPV Cape Verde|Cabo Verde|Kap Verde|Cap-Vert|Capo Verde|Kaapverdië|Republiek Kaapverdië
CW CUW Curaçao|Curazao
CX CXR Christmas Island|Weihnachtsinsel|Île Christmas|Isla de Navidad|Isola Christmas|Isola del Natale|Christmaseiland|Kersteiland|Ilha Christmas|Ilha de Natal
CY CYP Cyprus|Zypern|Chypre|Chipre|Cipro|Republiek Cyprus
CZ CZE Czechia|Czech Republic|Tschechien|Tschechische Republik|Tchéquie|République Tchèque|Chequia|República Checa|Cechia|Repubblica Ceca|Tsjechië|Tsjechische Republiek|Tchéquia|Republica Tcheca
DE DEU Germany|Deutschland|Allemagne|Alemania|Germania|Duitsland|Bondsrepubliek Duitsland|Alemanha|BRD|Federal Republic of Germany|Bundesrepublik Deutschland
DJ DJI Djibouti|Dschibuti|Yibuti|Gibuti|Republiek Djibouti|Djibuti
DK DNK Denmark|Dänemark|Dinamarca|Danimarca|Denemarken|Koninkrijk Denemarken
DM DMA Dominica|Dominique|Gemenebest Dominica
DO DOM Dominican Republic|Dominikanische Republik|République dominicaine|República Dominicana|Repubblica Dominicana|Dominicaanse Republiek
DZ DZA Algeria|Algerien|Algérie|Argelia|Algerije|Democratische Volksrepubliek Algerije
EC ECU Ecuador|Équateur|Republiek Ecuador|Equador
EE EST Estonia|Estland|Estonie|Republiek Estland
EG EGY Egypt|Ägypten|Égypte|Egipto|Egitto|Arabische Republiek Egypte|Egito
EH ESH Western Sahara|Westsahara|Sahara occidental|Sahara Occidentale|Westelijke Sahara|Saara Ocidental
ER ERI Eritrea|Érythrée|Staat Eritrea|Eritreia
ES ESP Spain|Spanien|Espagne|España|Spagna|Spanje|Koninkrijk Spanje|Espanha
ET ETH Ethiopia|Äthiopien|Éthiopie|Etiopía|Federale Democratische Republiek Ethiopië
FI FIN Finland|Finnland|Finlande|Finlandia|Republiek Finland
FJ FJI Fiji|Fidschi|Fidji|Fiyi|Figi|Republiek Fiji
FK FLK Falkland Islands|Falkland Islands (Malvinas)|Falklandinseln|Îles Malouines|Islas Malvinas|Isole Falkland|Falklandeilanden|Ilhas Malvinas
FM FSM Micronesia|Micronesia, Federated States of|Mikronesien|Micronésie|Stati Federati di Micronesia|Federale Staten van Micronesië
FO FRO Faroe Islands|Färöer|Îles Féroé|Islas Feroe|Isole Fær Øer|Faeröer|Ilhas Faroé
FR FRA France|Frankreich|Francia|Frankrijk|Franse Republiek|França
GA GAB Gabon|Gabun|Republiek Gabon|Gabão
GB GBR United Kingdom|UK|Great Britain|Vereinigtes Königreich|Großbritannien|Royaume-Uni|Reino Unido|Regno Unito|Verenigd Koninkrijk|Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland|U.K.|England|Scotland|Wales|Northern Ireland|Britain|United Kingdom of Great Britain and Northern Ireland|Angleterre|Inglaterra|Inghilterra|Engeland|Schottland|Ecosse|Escocia|Scozia|Schotland
GD GRD Grenada|Grenade|Granada
GE GEO Georgia|Georgien|Géorgie
GF GUF French Guiana|Französisch-Guayana|Guyane française|Guayana Francesa|Guyana Francese|Frans-Guyana|Guiana Francesa
GG GGY Guernsey|Guernesey
GH GHA Ghana|Republiek Ghana|Gana
GI GIB Gibraltar|Gibilterra
GL GRL Greenland|Grönland|Groenland|Groenlandia|Gronelândia
GM GMB Gambia|Republic of The Gambia|The Gambia|Gambie|Republiek Gambia
GN GIN Guinea|Guinée|Republiek Guinee|Guiné
GP GLP Guadeloupe|Guadalupe|Guadalupa
GQ GNQ Equatorial Guinea|Äquatorialguinea|Guinée équatoriale|Guinea Ecuatorial|Guinea Equatoriale|Equatoriaal-Guinea|Republiek Equatoriaal-Guinea|Guiné Equatorial
GR GRC Greece|Griechenland|Grèce|Grecia|Griekenland|Helleense Republiek
GS SGS South Georgia & South Sandwich Islands|South Georgia and the South Sandwich Islands|Südgeorgien und die Südlichen Sandwichinseln|Géorgie du Sud-et-les Îles Sandwich du Sud|Islas Georgia del Sur y Sandwich del Sur|Georgia del Sur y las Islas Sandwich del Sur|Georgia del Sud e Sandwich Australi|Georgia del Sud e isole Sandwich meridionali|Zuid-Georgia en Zuidelijke Sandwicheilanden|Zuid-Georgia en de Zuidelijke Sandwicheilanden|Ilhas Geórgia do Sul e Sandwich do Sul|Geórgia do Sul e Ilhas Sandwich do Sul
GT GTM Guatemala|Republiek Guatemala
GU GUM Guam
GW GNB Guinea-Bissau|Guinée-Bissau|Guinea-Bisáu|Republiek Guinee-Bissau|Guiné-Bissau
GY GUY Guyana|Coöperatieve Republiek Guyana|Guiana
HK HKG Hong Kong SAR China|Hong Kong|Sonderverwaltungsregion Hongkong|Hongkong|R.A.S. chinoise de Hong Kong|RAE de Hong Kong (China)|RAS di Hong Kong|Hongkong SAR van China|Hong Kong, RAE da China
HM HMD Heard & McDonald Islands|Heard Island and McDonald Islands|Heard und McDonaldinseln|Îles Heard-et-MacDonald|Islas Heard y McDonald|Heard e Islas McDonald|Isole Heard e McDonald|Heard en McDonaldeilanden|Ilhas Heard e McDonald|Ilha Heard e Ilhas McDonald
HN HND Honduras|Republiek Honduras
HR HRV Croatia|Kroatien|Croatie|Croacia|Croazia|Kroatië|Republiek Kroatië
HT HTI Haiti|Republiek Haïti
HU HUN Hungary|Ungarn|Hongrie|Hungría|Ungheria|Hongarije|Hongaarse Republiek
ID IDN Indonesia|Indonesien|Indonésie|Republiek Indonesië
IE IRL Ireland|Irland|Irlande|Irlanda|Ierland|Ierse Republiek|Republic of Ireland|Eire
IL ISR Israel|Israele|Staat Israël
IM IMN Isle of Man|Insel Man|Île de Man|Isla de Man|Isola di Man|Man Eiland|Ilha de Man
IN IND India|Indien|Inde|Republiek India
IO IOT British Indian Ocean Territory|Britisches Territorium im Indischen Ozean|Territoire britannique de l’océan Indien|Océan Indien Britannique|Territorio Británico del Océano Índico|Territorio Britannico dell’Oceano Indiano|Territori Britannici dell'Oceano Indiano|Brits Indische Oceaanterritorium|Brits Indische oceaan|Território Britânico do Oceano Índico
IQ IRQ Iraq|Irak|Republiek Irak|Iraque
IR IRN Iran|Islamic Republic of Iran|República Islámica de Irán|Islamitische Republiek Iran|Irão
IS ISL Iceland|Island|Islande|Islandia|Islanda|IJsland|IJslandse Republiek
IT ITA Italy|Italien|Italie|Italia|Italiaanse Republiek
JE JEY Jersey
JM JAM Jamaica|Jamaika|Jamaïque|Giamaica
JO JOR Jordan|Jordanien|Jordanie|Jordania|Giordania|Hasjemitisch Koninkrijk Jordanië
JP JPN Japan|Japon|Giappone|Japão
KE KEN Kenya|Kenia|Republiek Kenia|Quênia
KG KGZ Kyrgyzstan|Kirgisistan|Kirghizstan|Kirghizistan|Kirguistán|Kirgizië|Kirgizische Republiek|Quirguistão
KH KHM Cambodia|Kambodscha|Cambodge|Camboya|Cambogia|Cambodja|Koninkrijk Cambodja|Camboja
KI KIR Kiribati|Republiek Kiribati|Quiribati
KM COM Comoros|Komoren|Comores|Comoras|Comore|Comoren|Unie der Comoren
KN KNA St. Kitts & Nevis|Saint Kitts and Nevis|St. Kitts und Nevis|Saint-Christophe-et-Niévès|San Cristóbal y Nieves|Saint Kitts y Nevis|Saint Kitts e Nevis|Saint Kitts en Nevis|Federatie Saint Kitts en Nevis|São Cristóvão e Névis|São Cristóvão e Neves
KP PRK North Korea|Nordkorea|Corée du Nord|Corea del Norte|República Popular Democrática de Corea|Corea del Nord|Noord-Korea|Democratische Volksrepubliek Korea|Coreia do Norte
KR KOR South Korea|Korea, Republic of|Republic of Korea|Südkorea|Corée du Sud|Corea del Sur|República de Corea|Corea del Sud|Zuid-Korea|Republiek Korea|Coreia do Sul|Korea
KW KWT Kuwait|Koweït|Koeweit|Staat Koeweit
KY CYM Cayman Islands|Kaimaninseln|Îles Caïmans|Islas Caimán|Isole Cayman|Kaaimaneilanden|Ilhas Cayman|Ilhas Caimão
KZ KAZ Kazakhstan|Kasachstan|Kazajistán|Kazakistan|Kazachstan|Republiek Kazachstan|Cazaquistão
LA LAO Laos|Lao People's Democratic Republic|República Democrática Popular de Lao|Lao Democratische Volksrepubliek
LB LBN Lebanon|Libanon|Liban|Líbano|Libanese Republiek
LC LCA St. Lucia|Saint Lucia|Sainte-Lucie|Santa Lucía
LI LIE Liechtenstein|Vorstendom Liechtenstein
LK LKA Sri Lanka|Democratische Socialistische Republiek Sri Lanka
LR LBR Liberia|Republiek Liberia
LS LSO Lesotho|Lesoto|Koninkrijk Lesotho
LT LTU Lithuania|Litauen|Lituanie|Lituania|Litouwen|Republiek Litouwen
LU LUX Luxembourg|Luxemburg|Luxemburgo|Lussemburgo|Groothertogdom Luxemburg
LV LVA Latvia|Lettland|Lettonie|Letonia|Lettonia|Letland|Republiek Letland
LY LBY Libya|Libyen|Libye|Libia|Libië|Staat Libië
MA MAR Morocco|Marokko|Maroc|Marruecos|Marocco|Koninkrijk Marokko|Marrocos
MC MCO Monaco|Vorstendom Monaco
MD MDA Moldova|Moldova, Republic of|Republik Moldau|Moldawien|Moldavie|Moldavia|Republiek Moldavië
ME MNE Montenegro
MF MAF St. Martin|Saint Martin (French part)|Saint-Martin|Saint-Martin (partie française)|San Martín|Saint Martin (francesa)|Sint-Maarten (Frans deel)|Sint-Maarten (Franse Antillen)|Collectiviteit van Sint-Maarten
MG MDG Madagascar|Madagaskar|Republiek Madagaskar
MH MHL Marshall Islands|Marshallinseln|Îles Marshall|Islas Marshall|Isole Marshall|Marshalleilanden|Republiek der Marshalleilanden|Ilhas Marshall
MK MKD North Macedonia|The Republic of North Macedonia|Nordmazedonien|Macédoine du Nord|Macedonia del Norte|Macedonia del Nord|Noord-Macedonië|Republiek Noord-Macedonië|Macedônia do Norte|Macedonia|Mazedonien|Macedoine|Macedonie
ML MLI Mali|Republiek Mali
MM MMR Myanmar (Burma)|Myanmar|Myanmar (Birmanie)|Myanmar (Birmania)|Birmania  Myanmar|Myanmar (Birma)|Republiek van de Unie van Myanmar|Mianmar (Birmânia)|Burma|Birma
MN MNG Mongolia|Mongolei|Mongolie
MO MAC Macao SAR China|Macao|Sonderverwaltungsregion Macau|Macau|R.A.S. chinoise de Macao|RAE de Macao (China)|RAS di Macao|Macau SAR van China|Macau, RAE da China
MP MNP Northern Mariana Islands|Nördliche Marianen|Îles Mariannes du Nord|Islas Marianas del Norte|Isole Marianne Settentrionali|Noordelijke Marianen|Ilhas Marianas do Norte
MQ MTQ Martinique|Martinica
MR MRT Mauritania|Mauretanien|Mauritanie|Islamitische Republiek Mauritanië
MS MSR Montserrat|Monserrate
MT MLT Malta|Malte|Republiek Malta
MU MUS Mauritius|Maurice|Mauricio|Republiek Mauritius|Maurícia
MV MDV Maldives|Malediven|Maldivas|Maldive|Maldiven|Republiek der Maldiven
MW MWI Malawi|Malaui|Republiek Malawi
MX MEX Mexico|Mexiko|Mexique|Messico|Verenigde Mexicaanse Staten
MY MYS Malaysia|Malaisie|Malasia|Malesia|Maleisië
MZ MOZ Mozambique|Mosambik|Mozambico|Republiek Mozambique|Moçambique
NA NAM Namibia|Namibie|Republiek Namibië
NC NCL New Caledonia|Neukaledonien|Nouvelle-Calédonie|Nueva Caledonia|Nuova Caledonia|Nieuw-Caledonië|Nova Caledônia
NE NER Niger|Republiek Niger
NF NFK Norfolk Island|Norfolkinsel|Île Norfolk|Isla Norfolk|Isola Norfolk|Norfolk|Ilha Norfolk
NG NGA Nigeria|Federale Republiek Nigeria
NI NIC Nicaragua|Republiek Nicaragua
NL NLD Netherlands|The Netherlands|Netherlands (Kingdom of the)|Niederlande|Pays-Bas|Países Bajos|Paesi Bassi|Nederland|Koninkrijk der Nederlanden|Países Baixos|Holland
NO NOR Norway|Norwegen|Norvège|Noruega|Norvegia|Noorwegen|Koninkrijk Noorwegen
NP NPL Nepal|Federale Democratische Republiek Nepal
NR NRU Nauru|Republiek Nauru
NU NIU Niue
NZ NZL New Zealand|Neuseeland|Nouvelle-Zélande|Nueva Zelanda|Nuova Zelanda|Nieuw-Zeeland|Nova Zelândia
OM OMN Oman|Sultanaat Oman
PA PAN Panama|Republiek Panama
PE PER Peru|Pérou|Republiek Peru
PF PYF French Polynesia|Französisch-Polynesien|Polynésie française|Polinesia Francesa|Polinesia Francese|Frans-Polynesië
PG PNG Papua New Guinea|Papua-Neuguinea|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|Papua Nuova Guinea|Papoea-Nieuw-Guinea|Onafhankelijke Staat Papoea-Nieuw-Guinea|Papua-Nova Guiné
PH PHL Philippines|Philippinen|Filipinas|Filippine|Filipijnen|Republiek der Filipijnen
PK PAK Pakistan|Islamitische Republiek Pakistan|Paquistão
PL POL Poland|Polen|Pologne|Polonia|Republiek Polen
PM SPM St. Pierre & Miquelon|Saint Pierre and Miquelon|St. Pierre und Miquelon|Saint-Pierre und Miquelon|Saint-Pierre-et-Miquelon|San Pedro y Miquelón|Saint-Pierre e Miquelon|Saint-Pierre en Miquelon|São Pedro e Miquelão
PN PCN Pitcairn Islands|Pitcairn|Pitcairninseln|Îles Pitcairn|Islas Pitcairn|Isole Pitcairn|Pitcairneilanden|Ilhas Pitcairn
PR PRI Puerto Rico|Porto Rico|Portorico
PS PSE Palestinian Territories|Palestine|State of Palestine|Palästinensische Autonomiegebiete|Palästina|Staat Palästina|Territoires palestiniens|Territorios Palestinos|Palestina|Territori Palestinesi|Stato di Palestina|Palestijnse gebieden|Staat Palestina
PT PRT Portugal|Portogallo|Portugese Republiek
PW PLW Palau|Palaos|Republiek Palau
PY PRY Paraguay|Republiek Paraguay|Paraguai
QA QAT Qatar|Katar|Catar|Staat Qatar
RE REU Réunion|La Réunion|Riunione|Reunião
RO ROU Romania|Rumänien|Roumanie|Rumanía|Roemenië|Roemeense Republiek|Romênia
RS SRB Serbia|Serbien|Serbie|Servië|Republiek Servië|Sérvia
RU RUS Russia|Russian Federation|Russland|Russische Föderation|Russie|Rusia|Rusland|Russische Federatie
RW RWA Rwanda|Ruanda|Republiek Rwanda
SA SAU Saudi Arabia|Saudi-Arabien|Arabie saoudite|Arabia Saudí|Arabia Saudita|Saoedi-Arabië|Koninkrijk Saudi-Arabië|Saudi-Arabië
SB SLB Solomon Islands|Salomonen|Îles Salomon|Islas Salomón|Isole Salomone|Salomonseilanden|Ilhas Salomão
SC SYC Seychelles|Seychellen|Republiek der Seychellen|Seicheles
SD SDN Sudan|Soudan|Soedan|Republiek Soedan|Sudão
SE SWE Sweden|Schweden|Suède|Suecia|Svezia|Zweden|Koninkrijk Zweden
SG SGP Singapore|Singapur|Singapour|Republiek Singapore|Singapura
SH SHN St. Helena|Saint Helena|Sainte-Hélène|Santa Elena|Santa Helena, Ascensión y Tristán de Acuña|Sant’Elena|Sant'Elena, Isola di Ascensione e Tristan da Cunha|Sint-Helena|Santa Helena
SI SVN Slovenia|Slowenien|Slovénie|Eslovenia|Republiek Slovenië
SJ SJM Svalbard & Jan Mayen|Spitzbergen und Jan Mayen|Svalbard und Jan Mayen|Svalbard et Jan Mayen|Svalbard et Île Jan Mayen|Svalbard y Jan Mayen|Svalbard e Jan Mayen|Spitsbergen en Jan Mayen
SK SVK Slovakia|Slowakei|Slovaquie|Eslovaquia|Slovacchia|Slowakije|Slowaakse Republiek
SL SLE Sierra Leone|Sierra Leona|Republiek Sierra Leone|Serra Leoa
SM SMR San Marino|Saint-Marin|Republiek San Marino
SN SEN Senegal|Republiek Senegal
SO SOM Somalia|Somalie|Federale Republiek Somalië
SR SUR Suriname|Surinam|Republiek Suriname
SS SSD South Sudan|Südsudan|Soudan du Sud|Sudán del Sur|Sud Sudan|Sudan del Sud|Zuid-Soedan|Republiek Zuid-Soedan|Sudão do Sul
ST STP São Tomé & Príncipe|São Tomé und Príncipe|Sao Tomé-et-Principe|Santo Tomé y Príncipe|São Tomé e Príncipe|Sao Tomé en Principe|Democratische Republiek São Tomé en Principe
SV SLV El Salvador|Salvador|Republiek El Salvador
SX SXM Sint Maarten|Sint Maarten (Dutch part)|Saint-Martin (partie néerlandaise)|Sint Maarten (neerlandesa)|Sint Maarten (Nederlands deel)|Land Sint Maarten
SY SYR Syria|Syrian Arab Republic|Syrien|Syrien, Arabische Republik|Syrie|Siria|República Árabe Siria|Syrische Arabische Republiek
SZ SWZ Eswatini|Royaume d'Eswatini|Esuatini|Koninkrijk Eswatini|Swaziland|Essuatíni
TC TCA Turks & Caicos Islands|Turks- und Caicosinseln|Îles Turques-et-Caïques|Islas Turcas y Caicos|Isole Turks e Caicos|Turks- en Caicoseilanden|Ilhas Turcas e Caicos
TD TCD Chad|Tschad|Tchad|Ciad|Tsjaad|Republiek Tsjaad|Chade
TF ATF French Southern Territories|Französische Süd- und Antarktisgebiete|Terres australes françaises|Territorios Australes Franceses|Tierras Australes Francesas|Terre Australi Francesi|Territori Francesi del Sud|Franse Gebieden in de zuidelijke Indische Oceaan|Franse Zuidelijke Gebieden|Territórios Franceses do Sul|Terras Austrais e Antárticas Francesas
TG TGO Togo|Togolese Republiek
TH THA Thailand|Thaïlande|Tailandia|Thailandia|Koninkrijk Thailand
TJ TJK Tajikistan|Tadschikistan|Tadjikistan|Tayikistán|Tagikistan|Tadzjikistan|Republiek Tadzjikistan|Tadjiquistão|Tajiquistão
TK TKL Tokelau
TL TLS Timor-Leste|Osttimor|Timor oriental|Timor Est|Oost-Timor|Democratische Republiek Timor-Leste|East Timor
TM TKM Turkmenistan|Turkmeense Republiek|Turcomenistão|Turquemenistão
TN TUN Tunisia|Tunesien|Tunisie|Túnez|Tunesië|Republiek Tunesië
TO TON Tonga|Koninkrijk Tonga
TR TUR Türkiye|Turkey|Türkei|Turquie|Turquía|Turchia|Turkije|Republiek Turkije
TT TTO Trinidad & Tobago|Trinidad und Tobago|Trinité-et-Tobago|Trinidad y Tobago|Trinidad e Tobago|Trinidad en Tobago|Republiek Trinidad en Tobago|Trindade e Tobago
TV TUV Tuvalu
TW TWN Taiwan|Taiwan, Province of China|Repubblica di Cina
TZ TZA Tanzania|United Republic of Tanzania|Tansania|Tansania, Vereinigte Republik|Tanzanie|République unie de Tanzanie|Verenigde Republiek Tanzania
UA UKR Ukraine|Ucrania|Ucraina|Oekraïne
UG UGA Uganda|Ouganda|Oeganda|Republiek Oeganda
UM UMI U.S. Outlying Islands|United States Minor Outlying Islands|Amerikanische Überseeinseln|Îles mineures éloignées des États-Unis|Islas menores alejadas de EE. UU.|Islas Ultramarinas Menores de los Estados Unidos|Isole Minori Esterne degli Stati Uniti|Kleine afgelegen eilanden van de Verenigde Staten|Amerikaanse Kleinere Afgelegen Eilanden|Ilhas Menores Distantes dos EUA|Ilhas Distantes dos EUA
US USA United States|United States of America|U.S.A.|U.S.|Vereinigte Staaten|Vereinigte Staaten von Amerika|États-Unis|États-Unis d'Amérique|Estados Unidos|EE. UU.|Stati Uniti|Stati Uniti d'America|Verenigde Staten|Verenigde Staten van Amerika|Estados Unidos da América|America|EEUU
UY URY Uruguay|Oostelijke Republiek Uruguay|Uruguai
UZ UZB Uzbekistan|Usbekistan|Ouzbékistan|Oezbekistan|Republiek Oezbekistan|Uzbequistão
VA VAT Vatican City|Holy See (Vatican City State)|Vatikanstadt|État de la Cité du Vatican|Saint-Siège (Vatican)|Ciudad del Vaticano|Santa Sede|Città del Vaticano|Vaticaanstad|Cidade do Vaticano|Santa Sé|Vatican|Vatikan|Vaticano|Vaticaan
VC VCT St. Vincent & Grenadines|Saint Vincent and the Grenadines|St. Vincent und die Grenadinen|Saint-Vincent-et-les Grenadines|San Vicente y las Granadinas|Saint Vincent e Grenadine|Saint Vincent en de Grenadines|São Vicente e Granadinas
VE VEN Venezuela|Bolivariaanse Republiek Venezuela
VG VGB British Virgin Islands|Virgin Islands, British|Britische Jungferninseln|Îles Vierges britanniques|Islas Vírgenes Británicas|Isole Vergini Britanniche|Britse Maagdeneilanden|Ilhas Virgens Britânicas
VI VIR U.S. Virgin Islands|Virgin Islands, U.S.|Amerikanische Jungferninseln|Îles Vierges des États-Unis|Îles vierges américaines|Islas Vírgenes de EE. UU.|Islas Vírgenes de los Estados Unidos|Isole Vergini Americane|Amerikaanse Maagdeneilanden|Ilhas Virgens Americanas
VN VNM Vietnam|Viêt Nam|Socialistische Republiek Vietnam|Vietnã|Vietname
VU VUT Vanuatu|Republiek Vanuatu
WF WLF Wallis & Futuna|Wallis und Futuna|Wallis-et-Futuna|Wallis y Futuna|Wallis e Futuna|Wallis en Futuna
WS WSM Samoa|Onafhankelijke Staat Samoa
XK XKK Kosovo|Republiek Kosovo
YE YEM Yemen|Jemen|Republiek Jemen|Iêmen
YT MYT Mayotte
ZA ZAF South Africa|Südafrika|Afrique du Sud|Sudáfrica|Zuid-Afrika|Republiek Zuid-Afrika|África do Sul
ZM ZMB Zambia|Sambia|Zambie|Republiek Zambia
ZW ZWE Zimbabwe|Simbabwe|Zimbabue|Republiek Zimbabwe
`
