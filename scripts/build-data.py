#!/usr/bin/env python3
"""Regenerate the word lists shipped in core/data/.

Maintainer script; Python 3.11, standard library only. Run from anywhere:

    python3 scripts/build-data.py

By default it runs `pip download --no-deps` for the pinned `names` and `faker`
releases into a temporary directory, and reads the Debian `wbritish-small` and
`wbritish` word lists (`apt-get install -y wbritish-small wbritish`). The
output is deterministic: the same inputs give byte-identical files.

Options:
    --sources DIR    directory that already holds names-<ver>.tar.gz and
                     faker-<ver>-py3-none-any.whl (skips pip download)
    --dict PATH      SCOWL word list (default /usr/share/dict/british-english-small)
    --more-dict PATH the larger SCOWL word list (default /usr/share/dict/british-english)
    --copyright PATH SCOWL copyright file (default
                     /usr/share/doc/wbritish-small/copyright)
    --out DIR        output directory (default: core/data next to this script)
    --check          do not write; exit 1 if any output file would change
    --no-verify      do not check the SHA-256 of the inputs against the pins

Inputs and licences (see core/data/SOURCES.md, written by this script):
  * names 0.3.0 (PyPI, MIT): names/dist.{male,female}.first, names/dist.all.last,
    US Census 1990 name lists, public domain.
  * Faker 40.63.0 (PyPI, MIT): faker/providers/person/<locale>/__init__.py.
  * SCOWL size 35 as packaged by Debian wbritish-small 2020.12.07-2, and size
    50 as packaged by Debian wbritish 2020.12.07-2 (permissive SCOWL licence,
    reproduced in SOURCES.md; both packages ship the same copyright file).
  * Hand-written blocks below, written for the casemask project and released
    under the project's licence (Apache-2.0 OR MIT).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

# --------------------------------------------------------------------------
# Pins
# --------------------------------------------------------------------------
NAMES_VERSION = "0.3.0"
NAMES_FILE = f"names-{NAMES_VERSION}.tar.gz"
NAMES_SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"

FAKER_VERSION = "40.63.0"
FAKER_FILE = f"faker-{FAKER_VERSION}-py3-none-any.whl"
FAKER_SHA256 = "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232"

DICT_PACKAGE = "wbritish-small"
DICT_VERSION = "2020.12.07-2"
DICT_PATH = "/usr/share/dict/british-english-small"
DICT_SHA256 = "52455b82d0a972ed866b011f07a1eafd522ca9c106aa8c718354c1605e508e6e"
# The larger list (SCOWL size 50): its words not in the smaller one are `rare_words.txt`.
MORE_DICT_PACKAGE = "wbritish"
MORE_DICT_PATH = "/usr/share/dict/british-english"
MORE_DICT_SHA256 = "7424d6682301dc86f73b0a5c8c53f0ba4c9f0a41fb2d1cb7e5fe7f8a04f15fb0"
COPYRIGHT_PATH = "/usr/share/doc/wbritish-small/copyright"
COPYRIGHT_SHA256 = "1d7c0128f6c72d2270bf1b271b37a3a21267f759161b68c4dc6c501574c0892e"

# Faker person-provider locales used (relevant to the UK population). Locales
# whose lists are in a non-Latin script contribute only their Latin-script
# entries, which is often none: they are listed so that a future Faker
# release adding romanised lists is picked up.
FAKER_LOCALES = [
    "en_GB", "en_IE", "ga_IE", "en_US", "en_IN", "hi_IN", "en_PK", "bn_BD",
    "pl_PL", "ro_RO", "lt_LT", "lv_LV", "sk_SK", "cs_CZ", "hu_HU", "bg_BG",
    "pt_PT", "pt_BR", "es_ES", "it_IT", "fr_FR", "de_DE", "nl_NL", "tr_TR",
    "yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH", "sw", "zu_ZA", "en_KE",
    "vi_VN", "zh_CN", "fa_IR", "ar_AA", "ar_DZ", "ar_PS", "ar_SA",
    "ta_IN", "gu_IN", "mr_IN", "or_IN", "ne_NP", "si_LK",
]

# Provider attributes taken. first_names / first_names_female /
# first_romanized_names / ... and last_names / last_names_male /
# last_romanized_names / male_last_names / unisex_last_names / ...
FIRST_ATTR = re.compile(r"^first_(?:romanized_)?names(?:_[a-z]+)*$")
LAST_ATTR = re.compile(r"^(?:last_(?:romanized_)?names(?:_[a-z]+)*|(?:[a-z]+_)+last_names)$")
SKIP_ATTR = re.compile(r"kana|without_suffix")

# Census entries that are abbreviations or fragments, not names.
CENSUS_NOISE = {"rm", "jn", "wms", "mc", "dk", "mt", "khn", "wm", "jc"}

# Words dropped when a multi-word or hyphenated entry is split (surname
# particles, Irish/Arabic/Iberian connectives). A single-word entry is kept
# even if it is one of these.
PARTICLES = {
    "a", "al", "an", "bean", "ben", "bin", "binti", "bint", "da", "das", "de",
    "degli", "dei", "del", "della", "delle", "den", "der", "des", "di", "do",
    "dos", "du", "e", "el", "ibn", "la", "las", "le", "lo", "los", "mac",
    "mag", "mc", "mhic", "ní", "nic", "o", "ó", "san", "santa", "st", "saint",
    "te", "ten", "ter", "uí", "ui", "van", "von", "y", "zu",
}

APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032"})
SPLIT_RE = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014,.;:()/_]+")
FOLD_EXTRA = str.maketrans({
    "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
    "þ": "th", "ı": "i", "ħ": "h", "ŋ": "n", "ŀ": "l", "ƒ": "f", "ə": "e",
})

# ==========================================================================
# HAND-WRITTEN BY THE CASEMASK PROJECT -- BEGIN
# Written for casemask and released under the project's licence
# (Apache-2.0 OR MIT). Common names of UK communities that the sources above
# cover poorly. These are facts of naming practice (names in common use),
# not data about any person. One or more names per line, whitespace-separated;
# they go through the same normalisation as the sources (lowercase, NFC,
# ASCII-folded variant added).
# ==========================================================================
HAND_FIRST_NAMES = """
# Somali (incl. Somali-orthography spellings with c/x)
abdirahman abdirahim abdirizak abdirashid abdiaziz abdikadir abdullahi abdiwali
abdisalam abdinasir abdifatah abdiqani abdikarim abdimalik abdi cabdi cabdullahi
cali xasan cumar maxamed mohamud mahamed warsame liban guled mukhtar jama osman
hanad mahad dahir awil bile sharmarke farah hodan ayan ayaan hibo sahra sagal
fadumo faduma hawa halima ifrah ikran iqra nasra nimco ubah ugbaad khadra muna
idil istahil amran ladan deqa hamdi hinda shukri sucaad suad ruqia filsan ilhan
asli anab caasha kowsar
# Eritrean / Ethiopian (Tigrinya, Amharic; romanised)
tesfay tesfaye tekle tesfalem yonas yohannes yemane mebrahtu berhane berhe
haile habtom kidane kibrom mehari mussie filmon semere senait selam saba luwam
ruta merhawit feven yordanos senayit tsega tsegay tsehaye aman amanuel dawit
ermias eyob fitsum gebre ghebre goitom hagos kahsay kiflom mulugeta negasi
teklay tewolde weldu woldu zerai zeray zekarias yafet hiwet hiwot meron rahel
mebrat abeba almaz aster azeb betelehem birtukan genet kidist lidya mahlet
meseret netsanet rediet selamawit tigist tsion zewdi alemayehu amare bereket
biniam biniyam dagim ephrem getachew girma kebede kidus mesfin nahom natnael
selemon tadesse tamrat tewodros yared zelalem henok robel fikru hailu
# Arabic (romanised; common spelling variants)
mohammed muhammad mohammad mohamed muhammed mohamad muhamad mohd ahmed ahmad
mahmoud mahmood mahmud mustafa mostafa moustafa omar umar ali hassan hasan
hussain hussein husain husayn ibrahim ebrahim ismail ismael yusuf yousef
youssef yusef yousuf khalid khaled abdullah abdallah abdul abdel abdulrahman
abdelrahman abdulaziz abdelaziz abdulkarim abdelkader abdulkadir hamza hamzah
bilal tariq tarek tareq karim kareem rashid rasheed saeed sayed sayyid salah
saleh salih samir sameer walid waleed yasin yassin yaseen zakaria zakariya
zakariyya idris idrees ilyas anas ayman amir ameer amr faisal fahad fawaz
jamal kamal majid nabil nasser nasir qasim kasim rami riyad riyadh sami wael
yahya yazan zaid zayd zain zayn aziz habib hakim haroon harun hisham imran
imad jibril jibreel khalil mansour marwan munir mourad murad nadir nizar osama
usama rayan rayyan ridwan sufyan sofian sulaiman sulayman suleiman talal yaqub
younis yunus younes
fatima fatimah fatma aisha aysha ayesha aishah khadija khadijah maryam mariam
zainab zaynab zeinab amina aminah asma asmaa hafsa hafsah safiya safiyyah
sumaya sumaiya sumayyah ruqayya ruqayyah layla laila leila noor nour nura huda
hana iman eman imaan yasmin yasmine yasmeen salma rania rana reem dalia lina
lubna manal mona nadia nadiya najla nawal rasha samira sameera sana sanaa
shaima wafa zahra zahraa amal abir alia aliya aaliyah aya batool dua duaa ghada
hadeel hala heba hiba inas israa isra jana jannah lamia malak marwa nada
nisreen nesrine raghad rawan razan safa sahar shahd tasneem widad yara yusra
zeina
# Pakistani and Bangladeshi Muslim
adnan afzal akbar akhtar altaf amjad anwar arif arshad asad asif aslam atif
azhar babar farhan farooq faruk fawad ghulam haris haseeb ibrar iftikhar ijaz
ikram irfan ishaq ishfaq javed jawad junaid kamran kashif khurram mansoor
masood mehmood mudassar mujahid mushtaq nadeem naeem naveed nawaz owais parvez
pervez qaiser rafiq rahim raheem rehan rizwan sabir sadiq sajid sajjad salman
saqib shahid shabir shafiq shahzad shakeel shaukat sohail suhail sultan tahir
talha tanveer tauseef umair usman waqar waqas waseem wasim yasir yasser younas
zafar zahid zaheer zeeshan zubair zulfiqar haider hyder zohaib abubakar rayhan
raihan abul abdus alamgir anisur ashraf aminul habibur mizanur motiur nazrul
rashed rezaul ruhul saiful shafiqul shahidul shahin shamim sirajul jahangir
kamrul mahbub mamun masud mahfuz monir moin nurul rafiqul rakib rubel sabbir
shakil shohel sohel sumon tanvir jashim jubair emdad faruque fazlul golam
hanif helal humayun iqbal kabir khairul
bushra farzana fozia fouzia ghazala hina humaira kiran kausar kulsum laiba
mahnoor maham mehreen misbah mumtaz nabila naila nasreen nasrin nazia nighat
noreen nusrat parveen perveen rabia rehana rukhsana rubina sadia saima sajida
samina shabana shagufta shahida shaista shazia shaheen shireen sidra sobia
sumaira tahira tasleem uzma zahida zakia zarina zubaida anika anisa hamida
jahanara josna jesmin khaleda momena nasima nazma nilufa nilufar parvin rahima
rashida rehena rokeya rokshana ruksana sabina sultana shahana shahnaz shamima
sharmin shirin sufia tahmina tania taslima razia rozina rumana fahmida farhana
afroza
# Sikh / Punjabi
gurpreet gurdeep gurjit gurinder gurmeet gurmit gurvinder gurbir gurcharan
gurnam gurdev gursharan gurwinder gurkirat gurleen gurnoor gurveer gurjeet
harpreet harjit harjeet harvinder harjinder harbans harbhajan hardeep harmeet
harnek harkirat harleen harman harnoor jaspreet jasvir jasbir jaswinder jaswant
jasdeep jasjit jaskaran jasleen jasmeet jagjit jagdeep jagtar jagroop jatinder
kuldip kuldeep kulwant kulvinder kulwinder kamaljit kamaljeet karamjit karanvir
lakhvir lakhbir manpreet mandeep manjit manjeet manjinder manveer manvir
mohinder navdeep navjot navneet navpreet paramjit paramjeet parminder pardeep
prabhjot prabhjeet rajinder rajvinder ranjit ranjeet ravinder sarabjit satnam
satwant simran simranjit sukhdev sukhjit sukhjinder sukhvinder sukhwinder
sukhpreet sukhbir surinder surjit tarlochan tejinder tarsem amarjit amandeep
amanpreet amrit amritpal amrik avtar baljit balbir baljinder balvinder
balwinder balwant bhupinder charanjit daljit daljeet dalvinder dalbir davinder
devinder gagandeep hardev inderjit inderpal ishmeet jarnail joginder kirpal
kiranjit lovepreet malkit narinder nirmal pritam pritpal rajbir rajpal
ramandeep rupinder sandeep sarbjit sukhraj taranjit tejpal
# Irish Traveller and Romany Gypsy (common given names and familiar forms)
paddy mickey mikey christy johnny jimmy francie hughie tommy martin bernie
dinny mattie frankie willie stevie davy ned biddy bridie bridgie bridget
nora winnie kathleen nellie josie kitty maggie sally peggy chrissie dolly
lizzie sadie tessie mary ellen levi elijah reuben vashti shadrach
# Chinese (pinyin; Cantonese romanisations as used in Hong Kong)
wei jing li ming hui yan ying xin yu hong jun lei lin tao fang hua jie juan kai
ling mei min ning ping qing rui shan tian ting xia xiao xue yang yi yun zhen
zhi xiaoming xiaoyan xiaoli xiaohong xiaowei jianhua jianguo zhiwei zhihua
weiwei lili jingjing yingying tingting yanyan haiyan hongmei yuqing yuxuan
zihan zixuan haoran yuhang junjie jiahao jiayi xinyi yiming yifan yutong ruoxi
shiyu siyu wenjie wenjing xiaoyu yuchen zhiqiang zhiyong guoqiang jianjun
lijuan lihua liping xiuying xiulan yuying guiying xiuzhen yumei shuang fei chao
hao jian peng qiang yong feng dong hai qian yue wai kwok siu yuen sze tsz pui
# Vietnamese (unaccented forms as usually written in UK records)
anh bao binh chau cuong dung duc giang hai hanh hieu hoa hoang hung huong huy
khanh lan linh mai minh nam ngoc nhung phuong quan quang thanh thao thu thuy
trang trung tuan tung viet vy yen thi
# Nigerian (Yoruba, Igbo, Hausa) and Ghanaian (Akan day names and others)
oluwaseun seun oluwatobi tobi oluwafemi femi olumide tunde babatunde ayodele
ayo adebayo bayo kehinde taiwo funmilayo funmi folake yetunde bukola damilola
temitope tope titilayo toyin yewande olamide opeyemi segun sola sade bisi dapo
gbenga jide kunle lanre niyi wale wole yinka morenike
chidi chidinma chinedu chioma chiamaka chukwuemeka emeka ngozi nkechi obinna
ikenna ifeanyi uchenna uche amaka adaeze adaora chinwe kelechi nnamdi
obiageli somto tochukwu adaobi ebuka chibuzo chisom tobenna
aminu garba habiba hadiza hauwa jamila nafisa rabi sani aliyu
kwame kwabena kwaku kwadwo kojo kofi kwasi kwesi yaw akua ama afia abena adjoa
efua esi akosua yaa afua aba nana
# Polish diminutives
kasia basia gosia małgosia ola asia ania ela iza jola monia zosia hania tosia
marysia magda kuba bartek tomek wojtek jurek staszek franek janek józek krzysiek
maciek piotrek przemek sławek darek jarek mirek zbyszek grzesiek
# Romanian diminutives and familiar forms
ionuț ionel nelu gigel gică costel costică fănel dorel viorel mișu mitică nicu
nicușor petrică petruț sandu lenuța florica mărioara ionela
# Albanian
arben artan besnik blerim dritan erion fatmir gentian ilir kastriot klodian
luan ardit arjan agron bujar flamur valon visar arta besa blerta drita elira
fatjona jeta kaltrina lule mimoza rina valbona vjosa
# Afghan (Pashto, Dari) and Kurdish
farid jawid javid wahid waheed najib najibullah naseer rahmatullah habibullah
hekmatullah hikmatullah ezatullah samiullah asadullah zabiullah zabihullah zia
ziaullah omid mujtaba murtaza sohrab rostam hamed jamshid massoud nawid
noorullah obaidullah qais ramin sediq siddiq wais zalmai zaher zahir zarif
ajmal akmal arash aryan atal basir daoud dawood ehsan hasib hedayat mirwais
nabi naweed zakir frishta fereshta freshta gulalai hadia hasina mahbooba
malalai marzia mursal nargis nazanin parwana roya sabira sakina shabnam
shakila soraya wazhma zarghona zarmina
aram azad baran bakhtiyar bakhtiar dara dler hawre hemin hiwa hoshyar karwan
kawa rebwar rekan rezhin rozh sherzad shvan sirwan soran zana zirak dilan
shilan rojin berivan dilnaz zhila narin avin ronak
# Ukrainian (romanised; common variants)
oleksandr olexandr oleksii oleksiy andrii andriy dmytro serhii serhiy sergii
volodymyr mykola mykhailo yurii yuriy vasyl petro taras bohdan artem maksym
denys vitalii vitaliy yaroslav ihor anatolii vladyslav danylo kyrylo nazar
oleh ostap tetiana tetyana olena olha iryna nataliia svitlana oksana yuliia
kateryna viktoriia anastasiia mariia dariia sofiia halyna liudmyla lyudmyla
larysa nadiia valentyna khrystyna solomiia zlata
# Tamil / Sri Lankan
arun ganesh murugan rajan senthil sathish suresh thiru vijay kavitha lakshmi
meena nirmala sangeetha vasanthi kajan niroshan tharun abirami keerthana nithya
"""

HAND_SURNAMES = """
# Somali
abdi abdullahi mohamud mahamud mohamoud warsame jama osman aden adan egal dahir
duale dualeh elmi gedi guleid hersi hirsi isse jibril muse nur nuur samatar
shire awale abdulle bile barre diriye egeh hashi kahin kariye siad warfa yasin
maxamed maxamuud cabdi cali xasan xuseen cumar
# Eritrean / Ethiopian (patronymic family names)
tesfay tesfaye tekle haile berhe berhane gebre gebremedhin gebremariam
gebremichael gebreyesus ghebremeskel ghebreyesus ghebremichael habte
habtemariam hagos kahsay kidane mehari mebrahtu mesfin negash tewolde
weldemariam woldemariam yemane yohannes abraha asfaha andemariam andom
fessehaye fesshaye ghirmay girmay kiflu kiflom mengistu mulugeta tadesse
tesfamariam tesfamichael tsegay tsehaye woldu zerai alemu bekele desta getachew
girma kebede tilahun wolde worku gebru abebe asfaw ayele demissie haileselassie
hailu lemma mekonnen negussie shiferaw tefera tessema yilma zewdie
# Arabic (romanised)
hassan hussein ahmed mohammed abdallah abdullah ali ibrahim khalil mansour
nasser saleh salem said haddad khoury hadad aziz habib hamdan hamad hamid jaber
jabbar karim khalifa mahmoud masri mustafa najjar omar othman rashid sabri
sharif shaikh sheikh suleiman taha youssef yousef zaki zayed abbas ayoub bakr
darwish farouk ghanem hakim hashem hashemi idris jamal kassem kassim qasim mahdi
nassar obeid radwan salah shams tamimi zein abboud attia badawi bakri issa
yassin tahir
# Pakistani, Bangladeshi (and South Asian Muslim)
khan hussain akhtar begum bibi butt chaudhry chaudhary choudhury chowdhury
choudhry iqbal khatun khatoon mahmood malik mirza mughal qureshi rahman raja
riaz shah siddiqui siddique sultana awan bhatti dar hameed hanif haq haque
hoque islam javed kausar latif mahmud majid masood miah mia mian nawaz rafiq
rana rehman saeed sarwar shafiq yousaf zaman abbasi ahmad alam ansari anwar
arshad ashraf aslam azam baig beg bashir fazal ghani hafeez hashmi jamil kabir
kazmi naqvi rizvi zaidi jafri jaffri rahim rauf sadiq saleem salim shahid
tariq younis zafar zahid uddin ullah hossain amin biswas sarkar sikder
talukder talukdar mollah molla munshi sultan bhuiyan bhuiya kazi akter akhter
parvin nahar khanom khanam majumder majumdar mridha patwary sarder sardar
shikder sattar mannan jalil
# Sikh / Punjabi
singh kaur sandhu sidhu gill dhillon grewal johal bains basra bhamra brar
chahal cheema dhaliwal dosanjh garcha gosal heer hundal jassal kang kalsi
khaira khela kooner kular mann matharu nijjar pannu purewal rai randhawa
sahota sangha saini sanghera sekhon sohal sohi takhar thind toor virdi virk
atwal aujla bassi bhogal bhullar chana deol dhami dhanoa dhesi gidda hayer
hothi jandu jhutti kalra kandola khangura lally mangat marwaha minhas padda
panesar phull rehal riyat sagoo sahni sall samra sohanpal suri tiwana uppal
chohan chauhan bhachu
# Gujarati and other Indian
patel mistry parmar solanki lakhani chudasama gohil jadeja jethwa kotecha lad
makwana mandalia odedra pindoria popat rathod ruparelia sodha thakrar vaghela
varsani vekaria vora desai mehta joshi pandya thakkar vyas
# Tamil / Sri Lankan
sivakumar thurairajah selvarajah balasubramaniam kandiah nadarajah rajaratnam
sivapalan yogarajah arulampalam
# Irish Traveller and Romany Gypsy
mcdonagh mcdonough ward joyce connors o'connor o'brien o'donoghue mcginley
mcinerney mcdonald maughan sherlock delaney doran stokes collins cash keenan
gavin reilly o'reilly mongan mccann mcfadden cawley furey sweeney nevin
mcmahon mcdonnell o'driscoll purcell rooney kiely carthy
mcaleer doherty casey mcgrath flynn harty gaffney boswell lovell loveridge
buckland ayres hearn herne heron scamp penfold sines brazil eastwood ripley
# Chinese (pinyin; Cantonese/Hong Kong romanisations)
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao
luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan
yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan liao
fan jin shi jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan
lei long gu mao hao gong shao wan qian dai mo kong xiang chang
chan wong leung cheung lau lee ng lam chow tsang yeung tse fung mak kwok kwan
chu lai tam yip siu tsui choi poon hui chung au yuen fong luk lui sze tong
chiu cheuk ko kwong lok mok pang shek shum tsoi wai yau yim yiu yung
# Vietnamese (unaccented)
nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly truong dinh mai
trinh doan luong quach thai vuong kieu
# Nigerian (Igbo, Yoruba, Hausa) and Ghanaian
okafor okonkwo okeke eze nwosu obi okoro okoye nwankwo chukwu onyeka okwu ugwu
anyanwu nwachukwu obiora ezeh ibe iwu nwafor nweke odoh ogbonna ohaeri ojukwu
okolie okonjo okpara onuoha onwuka udeh uzor agu ani ezeani ezenwa madu mbah
nnadi nwabueze nwokolo ofor oguejiofor olisa
adebayo adeyemi adewale adeleke afolabi ajayi akinola akande alade babatunde
bello fashola ige ogunleye ogunbiyi ogundipe okunola olaniyan olatunji
oyelaran oyelowo oyewole salami adeniyi adesina adeoye balogun coker dada
fadipe falana ogunlesi ojo oke olawale olayinka oni oyebanji sanusi shittu
sowande
abubakar aliyu danjuma garba lawal musa sani shehu usman umar yakubu bala
haruna isa jibrin mamman sule tanko dauda
mensah owusu boateng asante osei appiah agyeman agyemang amoah ansah
acheampong adjei addo agyei amponsah antwi asamoah badu boakye darko frimpong
gyamfi kwarteng nkrumah ofori opoku quaye sarpong tetteh yeboah annan quartey
lamptey amoako amankwah anane baffour bonsu danquah donkor kyei manu nyarko
obeng oduro okyere sakyi wiredu adomako ampofo kusi agyapong dankwa
# Romanian (incl. Roma family names also found in Slovakia and Hungary)
popescu popa pop ionescu ion constantin stan dumitru gheorghe stoica munteanu
matei ciobanu marin rusu florea tudor dinu mihai mihailescu moldovan lungu radu
șerban toma diaconu nistor barbu neagu cristea enache sandu manea dobre ene
lazăr ilie oprea anghel vasile georgescu dragomir stanciu zamfir nedelcu preda
badea ardeleanu nicolae constantinescu dumitrescu marinescu niculescu petrescu
voicu tănase ursu păun iordache mocanu cojocaru olteanu croitoru rotaru avram
sava bogdan suciu bălan coman damian mircea vlad lupu chirilă grigore iliescu
oprescu niță nițu dobrescu ispas surdu puiu drăghici drăgan mitrea
horváth balog lakatos lăcătuș oláh gábor rostás cioabă lingurar căldăraru
# Lithuanian (male and common female forms)
kazlauskas jankauskas petrauskas stankevičius vasiliauskas žukauskas butkus
paulauskas urbonas kavaliauskas baranauskas pocius sakalauskas navickas rimkus
mikalauskas ramanauskas jonaitis šimkus adomaitis balčiūnas bartkus
jakubauskas kairys lukošius mockus norkus petraitis vaitkus žilinskas
kazlauskienė jankauskienė petrauskienė kazlauskaitė jankauskaitė petrauskaitė
# Albanian
hoxha krasniqi berisha gashi shehu leka kola dervishi morina bytyqi hasani
ahmeti rama basha cela dedaj gjoka lika meta musliu prifti tahiri
# Afghan (Pashto, Dari)
ahmadi ahmadzai amiri azizi hakimi hashimi hussaini jafari karimi mohammadi
mohammadzai noori popal qaderi rahimi rahmani rasuli rezaei sadat safi samadi
sharifi stanekzai sultani wardak yousufzai yusufzai zazai durrani barakzai
popalzai achakzai kakar mangal niazi shinwari tokhi zadran nazari haidari
jalali faizi
# Ukrainian (romanised)
shevchenko bondarenko kovalenko boyko bondar tkachenko kravchenko kovalchuk
koval oliinyk shevchuk polishchuk lysenko moroz marchenko savchenko rudenko
petrenko tkachuk melnyk kravets klymenko pavlenko savchuk levchenko karpenko
kuzmenko ponomarenko vasylenko ivanenko hrytsenko yakovenko sydorenko
romanenko kozak kushnir lytvynenko zinchenko honcharenko ivanov petrov smirnov
kuznetsov popov sokolov volkov novikov morozov
"""

HAND_PLACES = """
# Nations, islands and the UK as a whole
england
wales
scotland
northern ireland
ireland
britain
great britain
united kingdom
isle of man
isle of wight
jersey
guernsey
channel islands
anglesey
# Regions
south east
south west
north east
north west
east midlands
west midlands
midlands
east anglia
home counties
yorkshire and the humber
greater london
greater manchester
merseyside
tyne and wear
west yorkshire
south yorkshire
north yorkshire
east riding
# English counties
cornwall
devon
dorset
somerset
wiltshire
gloucestershire
hampshire
surrey
kent
essex
sussex
east sussex
west sussex
berkshire
buckinghamshire
oxfordshire
hertfordshire
bedfordshire
cambridgeshire
norfolk
suffolk
northamptonshire
leicestershire
nottinghamshire
derbyshire
lincolnshire
warwickshire
worcestershire
herefordshire
shropshire
staffordshire
cheshire
lancashire
cumbria
northumberland
county durham
yorkshire
rutland
middlesex
# Welsh, Scottish and Northern Irish areas
gwynedd
conwy
denbighshire
flintshire
powys
ceredigion
pembrokeshire
carmarthenshire
glamorgan
vale of glamorgan
rhondda
merthyr tydfil
caerphilly
torfaen
monmouthshire
fife
lothian
aberdeenshire
argyll
ayrshire
lanarkshire
renfrewshire
dumfries and galloway
scottish borders
highlands
perth and kinross
moray
antrim
armagh
fermanagh
tyrone
# Cities and large towns
london
birmingham
manchester
liverpool
leeds
sheffield
bristol
newcastle
newcastle upon tyne
sunderland
nottingham
leicester
coventry
bradford
wolverhampton
stoke-on-trent
derby
southampton
portsmouth
plymouth
exeter
bath
salisbury
winchester
chichester
canterbury
oxford
cambridge
norwich
ipswich
peterborough
lincoln
york
hull
kingston upon hull
wakefield
lancaster
preston
carlisle
chester
worcester
hereford
gloucester
lichfield
ely
st albans
truro
durham
salford
westminster
milton keynes
reading
luton
northampton
swindon
slough
bournemouth
poole
southend
southend-on-sea
basildon
chelmsford
colchester
huddersfield
bolton
stockport
oldham
rochdale
wigan
warrington
blackburn
blackpool
burnley
middlesbrough
stockton-on-tees
darlington
hartlepool
gateshead
doncaster
rotherham
barnsley
grimsby
scunthorpe
harrogate
scarborough
telford
shrewsbury
stafford
walsall
dudley
west bromwich
solihull
nuneaton
cheltenham
maidstone
medway
rochester
chatham
gillingham
tunbridge wells
tonbridge
sevenoaks
ashford
folkestone
dover
margate
ramsgate
broadstairs
guildford
woking
epsom
reigate
redhill
dorking
camberley
farnborough
aldershot
basingstoke
andover
high wycombe
aylesbury
watford
stevenage
hemel hempstead
hatfield
harlow
bedford
kettering
corby
wellingborough
weston-super-mare
taunton
yeovil
torquay
paignton
barnstaple
weymouth
dorchester
cardiff
swansea
newport
wrexham
bangor
aberystwyth
llanelli
glasgow
edinburgh
aberdeen
dundee
inverness
stirling
paisley
kilmarnock
perth
belfast
derry
londonderry
lisburn
newry
# Sussex, Brighton & Hove and the south-east coast
brighton
hove
brighton and hove
worthing
lewes
crawley
eastbourne
hastings
portslade
shoreham
shoreham-by-sea
newhaven
peacehaven
seaford
bexhill
bexhill-on-sea
rye
uckfield
crowborough
hailsham
polegate
burgess hill
haywards heath
east grinstead
horsham
lancing
littlehampton
bognor regis
arundel
steyning
henfield
hassocks
southwick
rottingdean
saltdean
woodingdean
ovingdean
whitehawk
moulsecoomb
bevendean
coldean
hollingbury
patcham
hangleton
withdean
westdene
kemptown
kemp town
preston park
hanover
fiveways
falmer
stanmer
mile oak
hove park
queens park
goring-by-sea
ferring
angmering
rustington
pulborough
petworth
midhurst
selsey
wadhurst
heathfield
battle
pevensey
# London boroughs
barking and dagenham
barking
dagenham
barnet
bexley
brent
bromley
camden
croydon
ealing
enfield
greenwich
hackney
hammersmith and fulham
hammersmith
fulham
haringey
harrow
havering
hillingdon
hounslow
islington
kensington and chelsea
kensington
chelsea
kingston upon thames
kingston
lambeth
lewisham
merton
newham
redbridge
richmond upon thames
richmond
southwark
sutton
tower hamlets
waltham forest
wandsworth
city of london
# London districts
brixton
peckham
stratford
walthamstow
tottenham
whitechapel
stepney
bethnal green
poplar
deptford
woolwich
catford
streatham
clapham
battersea
wimbledon
acton
southall
wembley
willesden
kilburn
harlesden
edmonton
ilford
romford
hornchurch
uxbridge
hayes
feltham
twickenham
holloway
stoke newington
dalston
hoxton
shoreditch
bermondsey
kennington
vauxhall
notting hill
paddington
marylebone
hampstead
highgate
hornsey
leyton
leytonstone
east ham
west ham
plaistow
canning town
thamesmead
eltham
sidcup
orpington
norwood
thornton heath
mitcham
morden
tooting
balham
putney
chiswick
brentford
isleworth
northolt
greenford
hendon
edgware
finchley
golders green
cricklewood
kentish town
king's cross
holborn
mile end
# Common place-name words
north
south
east
west
upper
lower
great
little
greater
royal
regis
magna
parva
upon
saint
st
"""
# ==========================================================================
# HAND-WRITTEN BY THE CASEMASK PROJECT -- END
# ==========================================================================


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(path: Path, expected: str, enabled: bool) -> None:
    if not path.exists():
        sys.exit(f"build-data: missing input {path}")
    got = sha256(path)
    if enabled and got != expected:
        sys.exit(
            f"build-data: {path} has SHA-256 {got}, expected {expected}.\n"
            "The output would not match the pinned sources; use --no-verify to override."
        )


def is_latin_word(tok: str) -> bool:
    letters = 0
    for ch in tok:
        if ch == "'":
            continue
        cat = unicodedata.category(ch)
        if cat == "Mn" and 0x0300 <= ord(ch) <= 0x036F:
            continue
        if not cat.startswith("L"):
            return False
        if not unicodedata.name(ch, "").startswith("LATIN "):
            return False
        letters += 1
    return letters >= 2


def fold(word: str) -> str:
    s = unicodedata.normalize("NFKD", word.translate(FOLD_EXTRA))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s.translate(FOLD_EXTRA))


def words_of(raw: str) -> list[str]:
    """Normalise one source entry into lowercase NFC single words."""
    s = unicodedata.normalize("NFC", raw).translate(APOSTROPHES)
    s = s.replace("\u0130", "i")  # Turkish dotted capital I
    s = unicodedata.normalize("NFC", s.lower())
    toks = [t.strip("'") for t in SPLIT_RE.split(s)]
    toks = [t for t in toks if t]
    if len(toks) > 1:
        toks = [t for t in toks if t not in PARTICLES]
    return [t for t in toks if is_latin_word(t)]


def with_folds(words: set[str]) -> tuple[set[str], int]:
    out = set(words)
    for w in words:
        f = fold(w)
        if f != w and f.isascii() and is_latin_word(f):
            out.add(f)
    return out, len(out) - len(words)


def hand_lines(block: str) -> list[str]:
    return [
        ln.strip()
        for ln in block.splitlines()
        if ln.strip() and not ln.strip().startswith("#")
    ]


def hand_words(block: str) -> set[str]:
    out: set[str] = set()
    for ln in hand_lines(block):
        for raw in ln.split():
            out.update(words_of(raw))
    return out


def read_census(tar_path: Path) -> dict[str, set[str]]:
    prefix = f"names-{NAMES_VERSION}/names/"
    out: dict[str, set[str]] = {}
    with tarfile.open(tar_path, "r:gz") as tf:
        for fname in ("dist.male.first", "dist.female.first", "dist.all.last"):
            data = tf.extractfile(prefix + fname).read().decode("ascii")
            words: set[str] = set()
            for line in data.splitlines():
                if not line.strip():
                    continue
                w = line.split()[0].lower()
                if w in CENSUS_NOISE:
                    continue
                words.update(words_of(w))
            out[fname] = words
    return out


def read_faker(whl_path: Path, tmp: Path) -> tuple[dict, dict, str]:
    dest = tmp / "faker_wheel"
    with zipfile.ZipFile(whl_path) as zf:
        zf.extractall(dest)
        licence = zf.read(f"faker-{FAKER_VERSION}.dist-info/licenses/LICENSE.txt").decode("utf-8")
    for mod in [m for m in sys.modules if m == "faker" or m.startswith("faker.")]:
        del sys.modules[mod]
    sys.path.insert(0, str(dest))
    try:
        faker_pkg = importlib.import_module("faker")
        if not Path(faker_pkg.__file__).resolve().is_relative_to(dest.resolve()):
            sys.exit("build-data: imported a different faker than the pinned wheel")
        base = importlib.import_module("faker.providers.person").Provider
        first: dict[str, set[str]] = {}
        last: dict[str, set[str]] = {}
        for loc in FAKER_LOCALES:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
            fw: set[str] = set()
            lw: set[str] = set()
            for cls in prov.__mro__:
                if cls is base or not (isinstance(cls, type) and issubclass(cls, base)):
                    continue
                for attr, val in vars(cls).items():
                    if SKIP_ATTR.search(attr) or not isinstance(val, (tuple, list, dict)):
                        continue
                    if FIRST_ATTR.match(attr):
                        target = fw
                    elif LAST_ATTR.match(attr):
                        target = lw
                    else:
                        continue
                    for entry in val:  # dict: weighted name -> weight; take keys
                        if isinstance(entry, str):
                            target.update(words_of(entry))
            first[loc] = fw
            last[loc] = lw
    finally:
        sys.path.remove(str(dest))
    return first, last, licence


def read_common_words(dict_path: Path) -> tuple[set[str], int]:
    lines = dict_path.read_text(encoding="utf-8").splitlines()
    out = set()
    for ln in lines:
        w = unicodedata.normalize("NFC", ln.strip())
        if w and w == w.lower() and "'" not in w:
            out.add(w)
    return out, len(lines)


def render(words) -> str:
    return "".join(w + "\n" for w in sorted(words))


def fetch_sources(tmp: Path) -> Path:
    d = tmp / "dl"
    d.mkdir()
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(d),
         f"names=={NAMES_VERSION}", f"faker=={FAKER_VERSION}"],
        check=True,
    )
    return d


def main() -> int:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", type=Path)
    ap.add_argument("--dict", type=Path, default=Path(DICT_PATH))
    ap.add_argument("--more-dict", type=Path, default=Path(MORE_DICT_PATH))
    ap.add_argument("--copyright", type=Path, default=Path(COPYRIGHT_PATH))
    ap.add_argument("--out", type=Path, default=here.parent / "core" / "data")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--no-verify", action="store_true")
    args = ap.parse_args()
    check_hashes = not args.no_verify

    with tempfile.TemporaryDirectory(prefix="casemask-data-") as tmpname:
        tmp = Path(tmpname)
        src = args.sources if args.sources else fetch_sources(tmp)
        names_tar, faker_whl = src / NAMES_FILE, src / FAKER_FILE
        verify(names_tar, NAMES_SHA256, check_hashes)
        verify(faker_whl, FAKER_SHA256, check_hashes)
        verify(args.dict, DICT_SHA256, check_hashes)
        verify(args.more_dict, MORE_DICT_SHA256, check_hashes)
        verify(args.copyright, COPYRIGHT_SHA256, check_hashes)

        census = read_census(names_tar)
        f_first, f_last, faker_licence = read_faker(faker_whl, tmp)

    scowl_copyright = args.copyright.read_text(encoding="utf-8")

    census_first = census["dist.male.first"] | census["dist.female.first"]
    census_last = census["dist.all.last"]
    faker_first = set().union(*f_first.values())
    faker_last = set().union(*f_last.values())
    hand_first = hand_words(HAND_FIRST_NAMES)
    hand_last = hand_words(HAND_SURNAMES)

    first, first_folds = with_folds(census_first | faker_first | hand_first)
    last, last_folds = with_folds(census_last | faker_last | hand_last)
    common, dict_lines = read_common_words(args.dict)
    more, more_dict_lines = read_common_words(args.more_dict)
    rare = more - common
    places = {unicodedata.normalize("NFC", ln.lower()) for ln in hand_lines(HAND_PLACES)}

    outputs = {
        "first_names.txt": render(first),
        "surnames.txt": render(last),
        "common_words.txt": render(common),
        "rare_words.txt": render(rare),
        "places.txt": render(places),
    }

    loc_rows = "\n".join(
        f"| {loc} | {len(f_first[loc])} | {len(f_last[loc])} |" for loc in FAKER_LOCALES
    )
    stats = {
        "first": len(first), "last": len(last), "common": len(common), "places": len(places),
        "rare": len(rare), "more_dict_lines": more_dict_lines,
        "census_first": len(census_first), "census_male": len(census["dist.male.first"]),
        "census_female": len(census["dist.female.first"]), "census_last": len(census_last),
        "faker_first": len(faker_first), "faker_last": len(faker_last),
        "hand_first": len(hand_first), "hand_last": len(hand_last),
        "hand_first_new": len(hand_first - census_first - faker_first),
        "hand_last_new": len(hand_last - census_last - faker_last),
        "first_folds": first_folds, "last_folds": last_folds, "dict_lines": dict_lines,
    }
    outputs["SOURCES.md"] = sources_md(stats, loc_rows, faker_licence, scowl_copyright)

    changed = []
    for name, text in outputs.items():
        path = args.out / name
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            changed.append(name)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
    for key in ("first", "last", "common", "rare", "places"):
        print(f"{key}: {stats[key]}")
    if args.check:
        if changed:
            print("would change: " + ", ".join(changed))
            return 1
        print("up to date")
    else:
        print("written: " + (", ".join(changed) if changed else "nothing changed"))
    return 0


def sources_md(st: dict, loc_rows: str, faker_licence: str, scowl_copyright: str) -> str:
    return f"""# Sources of the word lists in core/data

All files here are generated by `python3 scripts/build-data.py` (Python 3.11,
standard library only) and must not be edited by hand: edit the script and
run it again. The script downloads the pinned packages with
`pip download --no-deps names=={NAMES_VERSION} faker=={FAKER_VERSION}`
(or reads them from `--sources DIR`), reads the Debian `{DICT_PACKAGE}` and
`{MORE_DICT_PACKAGE}` word lists (`apt-get install -y {DICT_PACKAGE} {MORE_DICT_PACKAGE}`),
checks the SHA-256 of every input,
and rewrites these files byte-for-byte (`--check` only compares).

Format of the `.txt` files: UTF-8, NFC, lowercase, one entry per line, unique,
sorted by Unicode code point, final newline.

## Inputs

| input | version | SHA-256 | licence |
| --- | --- | --- | --- |
| PyPI `names` (`{NAMES_FILE}`) | {NAMES_VERSION} | `{NAMES_SHA256}` | package MIT (Trey Hunner); the files used, `names/dist.male.first`, `names/dist.female.first`, `names/dist.all.last`, are US Census 1990 data, public domain (as the package README states) |
| PyPI `faker` (`{FAKER_FILE}`) | {FAKER_VERSION} | `{FAKER_SHA256}` | MIT (text below) |
| Debian `{DICT_PACKAGE}`: `{DICT_PATH}` | {DICT_VERSION} (SCOWL size 35) | `{DICT_SHA256}` | SCOWL licence, permissive (text below) |
| Debian `{MORE_DICT_PACKAGE}`: `{MORE_DICT_PATH}` | {DICT_VERSION} (SCOWL size 50) | `{MORE_DICT_SHA256}` | SCOWL licence, permissive (text below; the package's copyright file is byte-identical to `{DICT_PACKAGE}`'s) |
| Debian `{DICT_PACKAGE}`: `{COPYRIGHT_PATH}` | {DICT_VERSION} | `{COPYRIGHT_SHA256}` | (the licence text reproduced below) |
| hand-written blocks in `scripts/build-data.py` | - | - | written for this project; Apache-2.0 OR MIT |

The hand-written blocks (between the `HAND-WRITTEN BY THE CASEMASK PROJECT`
markers in the script) were written for casemask and are released under the
project's licence, Apache-2.0 OR MIT. They list names in common use in UK
communities that the other sources cover poorly (Somali, Eritrean/Ethiopian,
Arabic, Pakistani/Bangladeshi, Sikh/Punjabi, Gujarati, Tamil, Irish Traveller
and Romany, Chinese, Vietnamese, Nigerian, Ghanaian, Polish and Romanian
diminutives, Romanian and Roma, Lithuanian, Albanian, Afghan, Kurdish,
Ukrainian) and UK place names: facts of naming practice and geography, not
data about any person.

## first_names.txt ({st['first']} entries)

* Census 1990 given names: `names/dist.male.first` ({st['census_male']}) and
  `names/dist.female.first` ({st['census_female']}); union {st['census_first']}.
  The abbreviations "jc" and "wm" in the male list are dropped.
* Faker `faker/providers/person/<locale>/__init__.py`, class `Provider`, every
  list/tuple/dict attribute named `first_names*` or `first_romanized_names*`
  (weighted dicts: the keys), for the locales in the table below: {st['faker_first']}
  distinct words.
* Hand-written block `HAND_FIRST_NAMES`: {st['hand_first']} words, of which
  {st['hand_first_new']} are not in the other sources.
* ASCII-folded variants of entries with diacritics ("łukasz" -> "lukasz"):
  {st['first_folds']} added.

## surnames.txt ({st['last']} entries)

* Census 1990 surnames `names/dist.all.last` (88,799 lines; 9 abbreviation or
  fragment entries dropped: {", ".join(sorted(CENSUS_NOISE))}): {st['census_last']}.
* Faker, same locales, attributes `last_names*`, `last_romanized_names*`,
  `*_last_names`: {st['faker_last']} distinct words.
* Hand-written block `HAND_SURNAMES`: {st['hand_last']} words, of which
  {st['hand_last_new']} are not in the other sources.
* ASCII-folded variants: {st['last_folds']} added.

## Normalisation of name entries (both files)

NFC; curly apostrophes and similar marks become `'`; Turkish `İ` -> `i`;
lowercase. An entry is split into words at spaces, hyphens, commas, full
stops, semicolons, colons, brackets and slashes ("van der berg" -> "berg",
"smith-jones" -> "smith", "jones", "juan ignacio" -> "juan", "ignacio").
When an entry has more than one word, particles are dropped:
{", ".join(sorted(PARTICLES))}. Apostrophes at the ends of a word are removed,
inner ones kept ("o'neill", "d'souza", "ng'ang'a"). A word is kept only if
every letter is in the Latin script (combining accents allowed) and it has at
least two letters; so Arabic, Bengali, Cyrillic, Devanagari, Han and other
non-Latin entries contribute nothing, and garbled entries such as tr_TR
"N˜zamett˜n" are dropped. The folded variant strips accents (NFKD) and maps
ł->l, đ/ð->d, ø->o, æ->ae, œ->oe, ß->ss, þ->th, ı->i, ħ->h, ŋ->n.

Words in Faker locale lists (after normalisation, before folding):

| locale | first-name words | surname words |
| --- | --- | --- |
{loc_rows}

## common_words.txt ({st['common']} entries)

From `{DICT_PATH}` ({st['dict_lines']} lines; SCOWL size 35, British spelling),
the entries written all in lowercase (entries with a capital letter are proper
nouns or abbreviations and are excluded), excluding entries with an apostrophe
("dog's"). Accented words ("café") are kept as they are.

## rare_words.txt ({st['rare']} entries)

From `{MORE_DICT_PATH}` ({st['more_dict_lines']} lines; SCOWL size 50, British
spelling), read as `common_words.txt` is, less the words of `common_words.txt`:
rarer words ("altercation", "checklist", "online"), which the detectors read
only in text written in capitals, where a word's case cannot tell a name from
a word.

## places.txt ({st['places']} entries)

Hand-written block `HAND_PLACES` (Apache-2.0 OR MIT): UK nations, regions,
counties, cities and large towns (more detail for Sussex and Brighton & Hove),
London boroughs and districts, and a few common place-name words. Multi-word
names are on one line ("milton keynes").

## Licence texts

### Faker {FAKER_VERSION} (`faker-{FAKER_VERSION}.dist-info/licenses/LICENSE.txt`)

```
{faker_licence.rstrip()}
```

### names {NAMES_VERSION}

The package is released under the MIT licence (Copyright Trey Hunner); its
source distribution ships no licence file. Only its Census 1990 data files
are used here, which the package README states are public domain.

### SCOWL, via Debian {DICT_PACKAGE} {DICT_VERSION} (`{COPYRIGHT_PATH}`, verbatim)

```
{scowl_copyright.rstrip()}
```
"""


if __name__ == "__main__":
    sys.exit(main())
