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
HAND_LOCALITIES = """
# Places beyond HAND_PLACES: UK towns of about 10,000 people and more, districts of the
# large cities, countries and the world's regions and cities that migration, travel and
# family notes name. Read only where a preposition says a place follows ("in Kirkby",
# "moved from Wroclaw"), so names among them ("Shirley", "Walton") stay names elsewhere.
# UK towns
# Greater London
london
greater london
city of london
westminster
city of westminster
camden
islington
hackney
tower hamlets
greenwich
lewisham
southwark
lambeth
wandsworth
hammersmith and fulham
kensington and chelsea
barking and dagenham
barnet
bexley
brent
bromley
croydon
ealing
enfield
haringey
harrow
havering
hillingdon
hounslow
kingston upon thames
kingston
merton
newham
redbridge
richmond upon thames
richmond
sutton
waltham forest
middlesex
romford
ilford
uxbridge
bexleyheath
orpington
sidcup
twickenham
wembley
barking
dagenham
southall
hayes
feltham
edgware
hornchurch
upminster
erith
purley
coulsdon
beckenham
surbiton
new malden
carshalton
wallington
mitcham
morden
chingford
ruislip
# Kent
kent
maidstone
canterbury
ashford
dartford
gravesend
northfleet
swanscombe
greenhithe
sevenoaks
swanley
tonbridge
tunbridge wells
royal tunbridge wells
southborough
paddock wood
folkestone
hythe
hawkinge
dover
deal
margate
ramsgate
broadstairs
birchington
westgate-on-sea
westgate on sea
cliftonville
herne bay
whitstable
faversham
sittingbourne
sheerness
minster-on-sea
minster on sea
isle of sheppey
medway
chatham
gillingham
rochester
strood
rainham
walderslade
snodland
aylesford
larkfield
edenbridge
tenterden
new romney
thanet
swale
# East Sussex
east sussex
sussex
brighton
hove
brighton and hove
eastbourne
hastings
st leonards-on-sea
st leonards on sea
bexhill-on-sea
bexhill on sea
bexhill
lewes
seaford
newhaven
peacehaven
telscombe
crowborough
uckfield
hailsham
heathfield
polegate
wealden
rother
# West Sussex
west sussex
crawley
worthing
horsham
chichester
bognor regis
littlehampton
burgess hill
haywards heath
east grinstead
shoreham-by-sea
shoreham by sea
shoreham
lancing
southwick
rustington
angmering
selsey
hassocks
storrington
southwater
arundel
adur
mid sussex
# Surrey
surrey
guildford
woking
epsom
ewell
epsom and ewell
leatherhead
dorking
reigate
redhill
reigate and banstead
horley
caterham
oxted
godalming
farnham
haslemere
cranleigh
camberley
frimley
staines
staines-upon-thames
staines upon thames
sunbury-on-thames
sunbury on thames
sunbury
walton-on-thames
walton on thames
weybridge
esher
cobham
molesey
east molesey
west molesey
addlestone
chertsey
egham
englefield green
virginia water
banstead
tadworth
warlingham
whyteleafe
lightwater
bagshot
knaphill
byfleet
west byfleet
hersham
ashtead
merstham
shepperton
spelthorne
runnymede
elmbridge
tandridge
waverley
mole valley
surrey heath
# Hampshire
hampshire
southampton
portsmouth
basingstoke
winchester
eastleigh
fareham
gosport
havant
waterlooville
aldershot
farnborough
fleet
andover
alton
petersfield
romsey
new milton
lymington
ringwood
totton
hedge end
chandler's ford
chandlers ford
bishop's waltham
bishops waltham
whiteley
horndean
emsworth
hayling island
yateley
tadley
fordingbridge
stubbington
lee-on-the-solent
lee on the solent
portchester
cosham
southsea
north baddesley
bursledon
netley
locks heath
titchfield
whitchurch
new forest
test valley
rushmoor
east hampshire
# Isle of Wight
isle of wight
newport
ryde
cowes
east cowes
sandown
shanklin
ventnor
# Dorset
dorset
bournemouth
poole
christchurch
bournemouth christchurch and poole
weymouth
dorchester
bridport
wimborne minster
wimborne
ferndown
verwood
swanage
wareham
blandford forum
blandford
shaftesbury
sherborne
portland
isle of portland
lyme regis
highcliffe
broadstone
corfe mullen
west moors
# Wiltshire
wiltshire
swindon
salisbury
chippenham
trowbridge
devizes
marlborough
melksham
warminster
westbury
calne
corsham
bradford-on-avon
bradford on avon
amesbury
tidworth
royal wootton bassett
wootton bassett
malmesbury
highworth
ludgershall
# Somerset
somerset
taunton
yeovil
bridgwater
frome
wellington
glastonbury
wells
minehead
burnham-on-sea
burnham on sea
highbridge
chard
crewkerne
shepton mallet
ilminster
somerton
wincanton
cheddar
bath
bath and north east somerset
weston-super-mare
weston super mare
clevedon
portishead
nailsea
keynsham
midsomer norton
radstock
north somerset
# Bristol
bristol
city of bristol
# Gloucestershire
gloucestershire
gloucester
cheltenham
stroud
tewkesbury
cirencester
yate
chipping sodbury
thornbury
kingswood
filton
bradley stoke
patchway
stoke gifford
downend
emersons green
lydney
cinderford
coleford
dursley
nailsworth
stonehouse
quedgeley
bishop's cleeve
bishops cleeve
winchcombe
tetbury
moreton-in-marsh
moreton in marsh
forest of dean
cotswolds
south gloucestershire
# Devon
devon
plymouth
exeter
torquay
paignton
brixham
torbay
barnstaple
newton abbot
exmouth
tiverton
bideford
teignmouth
dawlish
sidmouth
honiton
okehampton
tavistock
ivybridge
totnes
kingsbridge
dartmouth
crediton
cullompton
northam
ilfracombe
braunton
axminster
seaton
plympton
plymstock
budleigh salterton
cranbrook
kingsteignton
# Cornwall
cornwall
truro
falmouth
penzance
st austell
newquay
camborne
redruth
bodmin
launceston
liskeard
saltash
helston
hayle
st ives
bude
wadebridge
torpoint
penryn
looe
callington
isles of scilly
# Berkshire
berkshire
reading
slough
bracknell
maidenhead
windsor
wokingham
newbury
thatcham
woodley
earley
crowthorne
sandhurst
eton
ascot
hungerford
tilehurst
twyford
langley
west berkshire
windsor and maidenhead
bracknell forest
# Buckinghamshire
buckinghamshire
milton keynes
aylesbury
high wycombe
wycombe
amersham
chesham
beaconsfield
marlow
gerrards cross
buckingham
princes risborough
wendover
olney
newport pagnell
bletchley
wolverton
stony stratford
burnham
iver
chalfont st peter
great missenden
flackwell heath
hazlemere
winslow
# Oxfordshire
oxfordshire
oxford
banbury
bicester
abingdon
abingdon-on-thames
abingdon on thames
didcot
witney
wantage
henley-on-thames
henley on thames
henley
thame
carterton
kidlington
wallingford
chipping norton
faringdon
woodstock
cherwell
vale of white horse
# Hertfordshire
hertfordshire
watford
st albans
stevenage
hemel hempstead
welwyn garden city
welwyn
hatfield
hertford
hitchin
letchworth
letchworth garden city
baldock
royston
bishop's stortford
bishops stortford
sawbridgeworth
ware
hoddesdon
cheshunt
waltham cross
broxbourne
potters bar
borehamwood
elstree
bushey
rickmansworth
croxley green
abbots langley
harpenden
berkhamsted
tring
radlett
kings langley
chorleywood
london colney
dacorum
three rivers
hertsmere
welwyn hatfield
east hertfordshire
north hertfordshire
# Bedfordshire
bedfordshire
bedford
luton
dunstable
leighton buzzard
houghton regis
biggleswade
flitwick
ampthill
kempston
stotfold
arlesey
shefford
potton
cranfield
central bedfordshire
# Cambridgeshire
cambridgeshire
cambridge
peterborough
huntingdon
st neots
ely
wisbech
march
whittlesey
chatteris
ramsey
soham
sawston
cambourne
histon
godmanchester
yaxley
littleport
fenland
huntingdonshire
east cambridgeshire
south cambridgeshire
# Norfolk
norfolk
norwich
great yarmouth
yarmouth
king's lynn
kings lynn
thetford
dereham
east dereham
wymondham
attleborough
swaffham
downham market
fakenham
north walsham
cromer
sheringham
diss
gorleston
gorleston-on-sea
gorleston on sea
caister-on-sea
caister on sea
hellesdon
sprowston
costessey
taverham
aylsham
hunstanton
watton
breckland
broadland
# Suffolk
suffolk
ipswich
bury st edmunds
lowestoft
felixstowe
haverhill
sudbury
newmarket
stowmarket
mildenhall
beccles
bungay
halesworth
framlingham
woodbridge
kesgrave
brandon
hadleigh
southwold
leiston
saxmundham
aldeburgh
needham market
babergh
mid suffolk
east suffolk
west suffolk
# Essex
essex
chelmsford
colchester
southend-on-sea
southend on sea
southend
basildon
harlow
brentwood
billericay
wickford
rayleigh
rochford
hockley
canvey island
canvey
benfleet
south benfleet
thundersley
leigh-on-sea
leigh on sea
westcliff-on-sea
westcliff on sea
shoeburyness
grays
tilbury
thurrock
stanford-le-hope
stanford le hope
corringham
south ockendon
purfleet
chafford hundred
braintree
witham
halstead
maldon
heybridge
burnham-on-crouch
burnham on crouch
south woodham ferrers
clacton-on-sea
clacton on sea
clacton
frinton-on-sea
frinton on sea
walton-on-the-naze
walton on the naze
harwich
dovercourt
brightlingsea
saffron walden
great dunmow
dunmow
stansted mountfitchet
stansted
epping
loughton
chigwell
buckhurst hill
waltham abbey
chipping ongar
ongar
coggeshall
tiptree
great baddow
uttlesford
tendring
castle point
epping forest
# West Midlands
west midlands
birmingham
coventry
wolverhampton
dudley
walsall
west bromwich
sandwell
solihull
sutton coldfield
stourbridge
halesowen
smethwick
oldbury
tipton
wednesbury
bilston
willenhall
darlaston
brierley hill
kingswinford
sedgley
rowley regis
cradley heath
blackheath
bloxwich
aldridge
brownhills
wednesfield
tettenhall
shirley
chelmsley wood
castle bromwich
kingshurst
black country
# Staffordshire
staffordshire
stoke-on-trent
stoke on trent
stoke
hanley
burslem
tunstall
longton
fenton
newcastle-under-lyme
newcastle under lyme
stafford
tamworth
lichfield
burton upon trent
burton-on-trent
burton on trent
burton
cannock
rugeley
hednesford
leek
uttoxeter
kidsgrove
biddulph
cheadle
perton
wombourne
codsall
great wyrley
burntwood
chase terrace
norton canes
penkridge
cheslyn hay
audley
east staffordshire
south staffordshire
staffordshire moorlands
cannock chase
# Warwickshire
warwickshire
warwick
leamington spa
royal leamington spa
leamington
kenilworth
stratford-upon-avon
stratford upon avon
rugby
nuneaton
bedworth
atherstone
coleshill
alcester
southam
polesworth
whitnash
north warwickshire
# Worcestershire
worcestershire
worcester
redditch
kidderminster
bromsgrove
malvern
great malvern
droitwich
droitwich spa
evesham
stourport-on-severn
stourport on severn
stourport
pershore
bewdley
catshill
wychavon
wyre forest
# Herefordshire
herefordshire
hereford
leominster
ross-on-wye
ross on wye
ledbury
bromyard
kington
# Shropshire
shropshire
shrewsbury
telford
telford and wrekin
oakengates
madeley
dawley
donnington
oswestry
bridgnorth
market drayton
ludlow
shifnal
wem
church stretton
broseley
ironbridge
# Derbyshire
derbyshire
derby
chesterfield
ilkeston
long eaton
swadlincote
buxton
glossop
matlock
belper
ripley
heanor
alfreton
dronfield
staveley
bolsover
shirebrook
clay cross
ashbourne
bakewell
new mills
chapel-en-le-frith
chapel en le frith
whaley bridge
sandiacre
borrowash
mickleover
littleover
killamarsh
south normanton
amber valley
erewash
high peak
north east derbyshire
south derbyshire
derbyshire dales
# Nottinghamshire
nottinghamshire
nottingham
mansfield
newark-on-trent
newark on trent
newark
worksop
retford
east retford
sutton-in-ashfield
sutton in ashfield
kirkby-in-ashfield
kirkby in ashfield
hucknall
arnold
carlton
beeston
west bridgford
stapleford
eastwood
bingham
southwell
ollerton
edwinstowe
mansfield woodhouse
warsop
market warsop
rainworth
clipstone
cotgrave
radcliffe-on-trent
radcliffe on trent
ruddington
keyworth
kimberley
gedling
broxtowe
rushcliffe
bassetlaw
ashfield
# Leicestershire and Rutland
leicestershire
rutland
leicester
loughborough
hinckley
coalville
melton mowbray
market harborough
wigston
oadby
oadby and wigston
lutterworth
shepshed
ashby-de-la-zouch
ashby de la zouch
syston
birstall
thurmaston
braunstone
braunstone town
glenfield
anstey
enderby
narborough
blaby
earl shilton
barwell
burbage
ibstock
measham
castle donington
kegworth
broughton astley
oakham
uppingham
charnwood
harborough
north west leicestershire
hinckley and bosworth
melton
# Northamptonshire
northamptonshire
northampton
kettering
corby
wellingborough
daventry
rushden
brackley
towcester
desborough
rothwell
burton latimer
raunds
irthlingborough
higham ferrers
oundle
thrapston
earls barton
finedon
moulton
north northamptonshire
west northamptonshire
# Lincolnshire
lincolnshire
lincoln
grimsby
great grimsby
scunthorpe
boston
grantham
spalding
stamford
skegness
gainsborough
sleaford
louth
cleethorpes
immingham
brigg
barton-upon-humber
barton upon humber
bourne
holbeach
market deeping
deeping st james
mablethorpe
horncastle
north hykeham
bottesford
crowle
epworth
long sutton
north lincolnshire
north east lincolnshire
south holland
south kesteven
north kesteven
east lindsey
west lindsey
# Greater Manchester
greater manchester
manchester
salford
bolton
bury
rochdale
oldham
stockport
tameside
trafford
wigan
stretford
sale
altrincham
urmston
partington
ashton-under-lyne
ashton under lyne
stalybridge
hyde
dukinfield
denton
droylsden
mossley
audenshaw
hattersley
middleton
heywood
littleborough
milnrow
prestwich
whitefield
radcliffe
ramsbottom
tottington
farnworth
kearsley
horwich
westhoughton
blackrod
little lever
leigh
atherton
tyldesley
hindley
ince-in-makerfield
ince in makerfield
ashton-in-makerfield
ashton in makerfield
golborne
orrell
standish
shevington
eccles
swinton
pendlebury
irlam
cadishead
walkden
worsley
little hulton
cheadle hulme
bramhall
hazel grove
marple
romiley
bredbury
reddish
gatley
heaton moor
chadderton
failsworth
royton
shaw and crompton
saddleworth
uppermill
greenfield
# Merseyside
merseyside
liverpool
knowsley
sefton
wirral
st helens
bootle
southport
formby
crosby
maghull
litherland
waterloo
birkenhead
wallasey
bebington
heswall
hoylake
west kirby
moreton
bromborough
new brighton
greasby
upton
prenton
rock ferry
eastham
seacombe
liscard
kirkby
huyton
prescot
halewood
whiston
newton-le-willows
newton le willows
haydock
rainford
earlestown
billinge
ainsdale
birkdale
netherton
# Cheshire
cheshire
chester
crewe
warrington
widnes
runcorn
halton
macclesfield
congleton
wilmslow
knutsford
northwich
winsford
middlewich
sandbach
alsager
nantwich
ellesmere port
neston
frodsham
helsby
poynton
handforth
alderley edge
holmes chapel
bollington
disley
lymm
birchwood
great sankey
culcheth
cheshire east
cheshire west and chester
# Lancashire
lancashire
preston
blackpool
blackburn
burnley
lancaster
morecambe
heysham
fleetwood
thornton-cleveleys
thornton cleveleys
cleveleys
poulton-le-fylde
poulton le fylde
lytham st annes
lytham
st annes
kirkham
garstang
chorley
leyland
penwortham
bamber bridge
ormskirk
skelmersdale
burscough
accrington
oswaldtwistle
great harwood
rishton
clayton-le-moors
clayton le moors
clitheroe
darwen
rawtenstall
haslingden
bacup
whitworth
nelson
colne
barnoldswick
padiham
brierfield
carnforth
longridge
fulwood
euxton
adlington
hyndburn
rossendale
pendle
ribble valley
fylde
wyre
west lancashire
south ribble
blackburn with darwen
# Cumbria
cumbria
carlisle
barrow-in-furness
barrow in furness
barrow
kendal
whitehaven
workington
penrith
ulverston
maryport
cockermouth
keswick
windermere
egremont
millom
dalton-in-furness
dalton in furness
wigton
cumberland
westmorland
westmorland and furness
lake district
# North Yorkshire and Teesside
north yorkshire
yorkshire
teesside
cleveland
york
harrogate
scarborough
middlesbrough
redcar
redcar and cleveland
guisborough
saltburn-by-the-sea
saltburn by the sea
saltburn
marske-by-the-sea
marske by the sea
eston
thornaby
thornaby-on-tees
thornaby on tees
ingleby barwick
yarm
northallerton
ripon
knaresborough
selby
skipton
whitby
catterick
catterick garrison
thirsk
malton
pickering
filey
tadcaster
sherburn in elmet
bedale
stokesley
great ayton
ryedale
hambleton
craven
richmondshire
# East Riding of Yorkshire
east riding of yorkshire
east riding
east yorkshire
hull
kingston upon hull
beverley
bridlington
goole
driffield
great driffield
hornsea
hessle
cottingham
withernsea
anlaby
willerby
pocklington
howden
market weighton
# South Yorkshire
south yorkshire
sheffield
rotherham
doncaster
barnsley
mexborough
wath-upon-dearne
wath upon dearne
wath
rawmarsh
maltby
dinnington
wombwell
hoyland
penistone
stocksbridge
chapeltown
thorne
armthorpe
bentley
adwick le street
conisbrough
edlington
rossington
askern
tickhill
bawtry
goldthorpe
cudworth
darfield
wickersley
kiveton park
# West Yorkshire
west yorkshire
leeds
bradford
wakefield
huddersfield
halifax
calderdale
kirklees
dewsbury
batley
keighley
bingley
shipley
ilkley
otley
guiseley
yeadon
pudsey
horsforth
morley
wetherby
garforth
castleford
pontefract
knottingley
normanton
featherstone
ossett
horbury
hemsworth
south elmsall
south kirkby
brighouse
elland
sowerby bridge
hebden bridge
todmorden
mirfield
heckmondwike
cleckheaton
liversedge
holmfirth
meltham
kirkburton
honley
slaithwaite
denby dale
baildon
silsden
queensbury
denholme
haworth
menston
burley-in-wharfedale
burley in wharfedale
boston spa
ackworth
crigglestone
outwood
# Tyne and Wear
tyne and wear
tyneside
wearside
newcastle upon tyne
newcastle
gateshead
sunderland
south shields
north shields
tynemouth
whitley bay
wallsend
jarrow
hebburn
washington
houghton-le-spring
houghton le spring
hetton-le-hole
hetton le hole
blaydon
whickham
ryton
killingworth
longbenton
forest hall
boldon
felling
birtley
cullercoats
monkseaton
north tyneside
south tyneside
# Northumberland
northumberland
ashington
blyth
cramlington
morpeth
hexham
bedlington
alnwick
berwick-upon-tweed
berwick upon tweed
berwick
prudhoe
ponteland
newbiggin-by-the-sea
newbiggin by the sea
amble
seaton delaval
haltwhistle
# County Durham
county durham
durham
darlington
hartlepool
stockton-on-tees
stockton on tees
stockton
billingham
peterlee
seaham
chester-le-street
chester le street
consett
stanley
newton aycliffe
bishop auckland
spennymoor
crook
shildon
ferryhill
barnard castle
easington
horden
murton
sedgefield
# English regions
midlands
east midlands
north west england
north east england
south west england
south east england
east of england
east anglia
west country
home counties
the potteries
the wirral
the fylde
the fens
pennines
peak district
# Glasgow and Clyde
glasgow
paisley
renfrew
johnstone
erskine
barrhead
newton mearns
giffnock
clarkston
east kilbride
hamilton
motherwell
wishaw
airdrie
coatbridge
bellshill
uddingston
blantyre
cambuslang
rutherglen
larkhall
carluke
lanark
strathaven
viewpark
cumbernauld
kilsyth
kirkintilloch
bishopbriggs
bearsden
milngavie
lenzie
clydebank
dumbarton
alexandria
helensburgh
greenock
port glasgow
gourock
inverclyde
renfrewshire
east renfrewshire
east dunbartonshire
west dunbartonshire
dunbartonshire
north lanarkshire
south lanarkshire
lanarkshire
motherwell and wishaw
# Ayrshire
ayrshire
ayr
kilmarnock
irvine
troon
prestwick
saltcoats
ardrossan
stevenston
kilwinning
largs
cumnock
girvan
stewarton
maybole
dalry
beith
galston
north ayrshire
south ayrshire
east ayrshire
# Edinburgh and the Lothians
edinburgh
lothian
lothians
musselburgh
dalkeith
bonnyrigg
penicuik
loanhead
livingston
bathgate
broxburn
linlithgow
whitburn
armadale
tranent
haddington
north berwick
dunbar
prestonpans
midlothian
east lothian
west lothian
# Fife
fife
dunfermline
kirkcaldy
glenrothes
st andrews
methil
leven
buckhaven
cowdenbeath
lochgelly
rosyth
inverkeithing
dalgety bay
burntisland
cupar
# Forth Valley
stirling
falkirk
grangemouth
larbert
stenhousemuir
bo'ness
denny
polmont
alloa
tillicoultry
clackmannanshire
clackmannan
dunblane
bridge of allan
stirlingshire
# Tayside
tayside
dundee
perth
arbroath
montrose
forfar
brechin
carnoustie
monifieth
kirriemuir
blairgowrie
crieff
angus
perth and kinross
perthshire
# Aberdeen and the North East
aberdeen
aberdeenshire
peterhead
fraserburgh
inverurie
stonehaven
westhill
ellon
portlethen
banchory
huntly
turriff
elgin
forres
buckie
lossiemouth
moray
# Highlands and Islands
highland
highlands
scottish highlands
inverness
fort william
nairn
thurso
wick
dingwall
alness
invergordon
aviemore
portree
isle of skye
skye
stornoway
kirkwall
lerwick
oban
campbeltown
dunoon
rothesay
isle of bute
orkney
shetland
western isles
outer hebrides
hebrides
na h-eileanan siar
na h eileanan siar
argyll
argyll and bute
islay
caithness
sutherland
# Borders and Dumfries and Galloway
scottish borders
galashiels
hawick
peebles
kelso
selkirk
jedburgh
eyemouth
dumfries
stranraer
annan
lockerbie
castle douglas
dalbeattie
gretna
dumfries and galloway
galloway
# South Wales
cardiff
caerdydd
swansea
abertawe
casnewydd
barry
penarth
dinas powys
cowbridge
llantwit major
vale of glamorgan
glamorgan
neath
port talbot
neath port talbot
briton ferry
glynneath
pontardawe
bridgend
pen-y-bont ar ogwr
pen y bont ar ogwr
maesteg
porthcawl
pencoed
cwmbran
pontypool
blaenavon
torfaen
caerphilly
blackwood
ystrad mynach
bargoed
risca
newbridge
merthyr tydfil
merthyr
rhondda
rhondda cynon taf
pontypridd
aberdare
mountain ash
tonypandy
treorchy
porth
tonyrefail
llantrisant
talbot green
pontyclun
ebbw vale
tredegar
brynmawr
abertillery
blaenau gwent
abergavenny
monmouth
chepstow
caldicot
monmouthshire
gwent
gorseinon
pontarddulais
clydach
mumbles
south wales valleys
# Mid and West Wales
llanelli
carmarthen
ammanford
burry port
carmarthenshire
haverfordwest
milford haven
pembroke
pembroke dock
tenby
fishguard
pembrokeshire
aberystwyth
cardigan
lampeter
ceredigion
brecon
llandrindod wells
newtown
welshpool
ystradgynlais
powys
dyfed
# North Wales
wrexham
rhosllanerchrugog
gresford
llangollen
chirk
coedpoeth
bangor
caernarfon
holyhead
llangefni
anglesey
ynys môn
ynys mon
pwllheli
porthmadog
blaenau ffestiniog
dolgellau
gwynedd
conwy
llandudno
llandudno junction
colwyn bay
abergele
rhyl
prestatyn
denbigh
ruthin
st asaph
denbighshire
flint
mold
connah's quay
connahs quay
shotton
queensferry
buckley
holywell
saltney
flintshire
clwyd
snowdonia
# Northern Ireland
belfast
derry
londonderry
lisburn
newry
craigavon
lurgan
portadown
banbridge
armagh
ballymena
newtownabbey
carrickfergus
larne
antrim
ballyclare
coleraine
portrush
portstewart
ballymoney
limavady
strabane
omagh
enniskillen
dungannon
cookstown
magherafelt
newtownards
holywood
comber
downpatrick
ballynahinch
warrenpoint
kilkeel
dromore
dundonald
carryduff
ballycastle
county antrim
county down
county armagh
county tyrone
county fermanagh
county londonderry
county derry
tyrone
fermanagh
ulster
# UK districts
# London districts
brixton
peckham
tottenham
stratford
walthamstow
hammersmith
fulham
chelsea
kensington
notting hill
shepherd's bush
shepherds bush
acton
chiswick
brentford
isleworth
hanwell
greenford
northolt
west drayton
yiewsley
northwood
pinner
stanmore
wealdstone
kenton
kingsbury
neasden
willesden
harlesden
kilburn
cricklewood
hendon
colindale
mill hill
finchley
east finchley
north finchley
golders green
hampstead
highgate
archway
holloway
highbury
finsbury park
finsbury
clerkenwell
king's cross
kings cross
euston
camden town
kentish town
gospel oak
chalk farm
primrose hill
st john's wood
st johns wood
maida vale
paddington
marylebone
bayswater
mayfair
soho
covent garden
pimlico
belgravia
victoria
vauxhall
stockwell
clapham
balham
tooting
streatham
norbury
thornton heath
norwood
west norwood
upper norwood
south norwood
crystal palace
sydenham
forest hill
honor oak
brockley
new cross
deptford
catford
hither green
eltham
kidbrooke
charlton
woolwich
plumstead
abbey wood
thamesmead
belvedere
welling
crayford
bermondsey
rotherhithe
walworth
elephant and castle
kennington
camberwell
dulwich
east dulwich
herne hill
nunhead
battersea
putney
roehampton
wimbledon
earlsfield
southfields
colliers wood
tolworth
chessington
worcester park
cheam
addiscombe
selsdon
new addington
penge
anerley
west wickham
chislehurst
biggin hill
whitechapel
stepney
bethnal green
bow
mile end
poplar
limehouse
wapping
shadwell
isle of dogs
canary wharf
millwall
canning town
custom house
beckton
east ham
west ham
forest gate
plaistow
manor park
upton park
leyton
leytonstone
highams park
woodford
woodford green
wanstead
south woodford
barkingside
gants hill
seven kings
goodmayes
chadwell heath
becontree
harold hill
harold wood
collier row
elm park
dalston
stoke newington
stamford hill
clapton
homerton
hackney wick
hoxton
shoreditch
haggerston
canonbury
barnsbury
tufnell park
crouch end
hornsey
muswell hill
wood green
turnpike lane
bounds green
palmers green
southgate
winchmore hill
edmonton
ponders end
bush hill park
friern barnet
whetstone
totteridge
high barnet
new barnet
east barnet
burnt oak
harringay
seven sisters
bruce grove
northumberland park
tottenham hale
white city
east acton
park royal
alperton
south harrow
rayners lane
harrow on the hill
hatch end
harefield
ickenham
heathrow
cranford
whitton
teddington
hampton
kew
mortlake
east sheen
barnes
london bridge
aldgate
spitalfields
holborn
bloomsbury
fitzrovia
old kent road
surrey quays
north greenwich
silvertown
north woolwich
west hampstead
swiss cottage
belsize park
queens park
kensal green
kensal rise
ladbroke grove
north kensington
earls court
earl's court
west kensington
south kensington
knightsbridge
walthamstow village
blackwall
nine elms
brent cross
# Liverpool districts
toxteth
anfield
everton
tuebrook
walton
kirkdale
aigburth
allerton
belle vale
childwall
croxteth
norris green
dovecot
fazakerley
garston
speke
gateacre
wavertree
old swan
west derby
woolton
knotty ash
dingle
edge hill
fairfield
clubmoor
scotland road
princes park
mossley hill
grassendale
hunts cross
netherley
stockbridge village
cantril farm
orrell park
warbreck
stoneycroft
broadgreen
page moss
bowring park
sefton park
seaforth
everton brow
# Manchester and Salford districts
moss side
wythenshawe
hulme
longsight
gorton
cheetham hill
cheetham
ardwick
openshaw
clayton
beswick
miles platting
ancoats
collyhurst
harpurhey
moston
blackley
crumpsall
newton heath
levenshulme
rusholme
fallowfield
withington
didsbury
west didsbury
east didsbury
chorlton
chorlton-cum-hardy
chorlton cum hardy
whalley range
old trafford
burnage
ladybarn
northenden
baguley
benchill
sharston
woodhouse park
chorlton-on-medlock
chorlton on medlock
castlefield
northern quarter
pendleton
broughton
higher broughton
lower broughton
kersal
ordsall
weaste
seedley
langworthy
salford quays
glodwick
werneth
coldhurst
hollinwood
fitton hill
limeside
deeplish
kirkholt
halliwell
great lever
deane
daubhill
breightmet
tonge moor
brinnington
edgeley
offerton
adswood
heaton norris
heaton chapel
# Birmingham and Black Country districts
handsworth
aston
small heath
sparkbrook
sparkhill
erdington
kings heath
king's heath
balsall heath
moseley
edgbaston
ladywood
lozells
nechells
saltley
washwood heath
alum rock
bordesley green
bordesley
hodge hill
stechford
yardley
acocks green
tyseley
hall green
billesley
yardley wood
druids heath
kings norton
king's norton
northfield
longbridge
rubery
bournville
selly oak
stirchley
cotteridge
harborne
quinton
bartley green
weoley castle
frankley
kingstanding
perry barr
great barr
handsworth wood
jewellery quarter
digbeth
deritend
castle vale
shard end
kitts green
sheldon
tile cross
marston green
stockland green
witton
gravelly hill
winson green
birchfield
boldmere
four oaks
walmley
wylde green
mere green
whitmore reans
low hill
heath town
blakenhall
penn
pendeford
ettingshall
bushbury
fallings park
ashmore park
foleshill
hillfields
tile hill
canley
earlsdon
radford
wood end
bell green
holbrooks
longford
binley
wyken
allesley
coundon
cheylesmore
whoberley
chapelfields
caldmore
palfrey
pleck
chuckery
blakenall heath
# Leeds districts
harehills
armley
seacroft
gipton
burmantofts
richmond hill
holbeck
hunslet
belle isle
halton moor
osmondthorpe
killingbeck
cross gates
crossgates
whinmoor
swarcliffe
chapel allerton
roundhay
moortown
alwoodley
headingley
hyde park
woodhouse
little london
meanwood
kirkstall
bramley
farnley
wortley
new wortley
stanningley
rodley
holt park
cookridge
adel
lincoln green
east end park
burley
gledhow
oakwood
colton
churwell
beeston hill
cottingley
tinshill
# Bradford and Kirklees districts
manningham
girlington
heaton
frizinghall
little horton
great horton
west bowling
east bowling
holme wood
wibsey
buttershaw
barkerend
bradford moor
laisterdyke
eccleshill
thackley
wrose
undercliffe
bolton woods
lidget green
wyke
low moor
odsal
savile town
ravensthorpe
thornhill lees
dewsbury moor
birkby
fartown
lockwood
crosland moor
sheepridge
deighton
lindley
thornhill
illingworth
ovenden
mixenden
boothtown
# Sheffield districts
pitsmoor
burngreave
page hall
firth park
parson cross
southey green
shiregreen
darnall
attercliffe
tinsley
arbourthorne
gleadless
gleadless valley
norfolk park
heeley
sharrow
nether edge
abbeydale
ecclesall
broomhill
crookes
walkley
hillsborough
wadsley
wisewood
stannington
malin bridge
owlerton
woodseats
meersbrook
lowedges
jordanthorpe
batemoor
greenhill
beighton
mosborough
hackenthorpe
frecheville
broomhall
kelham island
manor top
wybourn
ferham
masbrough
thurcroft
hexthorpe
balby
wheatley
denaby
# Newcastle, Gateshead, Sunderland and Teesside districts
byker
walker
jesmond
gosforth
fenham
benwell
elswick
scotswood
westerhope
cowgate
arthur's hill
arthurs hill
shieldfield
sandyford
denton burn
blakelaw
fawdon
newbiggin hall
lemington
walkergate
ouseburn
high heaton
low fell
bensham
saltwell
sheriff hill
deckham
wrekenton
leam lane
pennywell
grindon
thorney close
town end farm
castletown
hylton castle
millfield
pallion
roker
seaburn
doxford park
grangetown
north ormesby
berwick hills
pallister park
brambles farm
thorntree
hemlington
acklam
linthorpe
marton
nunthorpe
ayresome
gresham
owton manor
rift house
dyke house
hardwick
norton
portrack
# Glasgow districts
govan
gorbals
easterhouse
castlemilk
drumchapel
possilpark
possil
springburn
maryhill
partick
hillhead
kelvinside
dennistoun
parkhead
shettleston
tollcross
barlanark
garthamlock
ruchazie
cranhill
carntyne
riddrie
sighthill
townhead
calton
bridgeton
dalmarnock
toryglen
kings park
cathcart
pollokshields
pollokshaws
pollok
nitshill
darnley
priesthill
arden
cardonald
penilee
hillington
ibrox
kinning park
tradeston
laurieston
hyndland
scotstoun
yoker
knightswood
anniesland
jordanhill
lambhill
ruchill
balornock
barmulloch
robroyston
blackhill
provanmill
carmyle
mount vernon
baillieston
garrowhill
stepps
shawlands
strathbungo
battlefield
langside
mount florida
crosshill
govanhill
finnieston
anderston
merchant city
ferguslie park
foxbar
gallowhill
# Edinburgh, Dundee and Aberdeen districts
leith
portobello
craigmillar
niddrie
wester hailes
pilton
muirhouse
granton
drylaw
craigentinny
restalrig
lochend
gorgie
fountainbridge
bruntsfield
marchmont
morningside
newington
corstorphine
stenhouse
broomhouse
saughton
clermiston
drumbrae
oxgangs
colinton
juniper green
currie
balerno
liberton
gilmerton
moredun
gracemount
craigour
stockbridge
canonmills
inverleith
davidson's mains
davidsons mains
cramond
south queensferry
ratho
kirkliston
joppa
duddingston
meadowbank
abbeyhill
easter road
pilrig
haymarket
calders
lochee
fintry
kirkton
ardler
menzieshill
charleston
mid craigie
torry
mastrick
sheddocksley
tillydrone
woodside
kincorth
# Cardiff, Swansea and Newport districts
butetown
tiger bay
splott
adamsdown
roath
cathays
canton
caerau
fairwater
llandaff
rhiwbina
llanishen
lisvane
pentwyn
llanedeyrn
llanrumney
rumney
st mellons
pontprennau
tremorfa
pengam green
gabalfa
llandaff north
pentrebane
radyr
danescourt
cardiff bay
penylan
cyncoed
morriston
townhill
mayhill
blaenymaes
penlan
portmead
sketty
st thomas
port tennant
bonymaen
clase
landore
hafod
manselton
fforestfach
killay
dunvant
maindee
ringland
bettws
duffryn
malpas
caerleon
st julians
lliswerry
gaer
rogerstone
# Belfast districts
falls road
shankill
shankill road
andersonstown
ballymurphy
ardoyne
new lodge
short strand
sandy row
ormeau
ormeau road
ballynafeigh
holylands
stranmillis
malone
finaghy
dunmurry
twinbrook
poleglass
lagmore
turf lodge
whiterock
glencairn
ligoniel
ballysillan
oldpark
sailortown
ballyhackamore
ballymacarrett
cregagh
castlereagh
rathcoole
glengormley
tiger's bay
tigers bay
crumlin road
creggan
bogside
waterside
shantallow
galliagh
# Nottingham, Leicester and Derby districts
st ann's
st anns
the meadows
hyson green
forest fields
sneinton
bulwell
basford
sherwood
carrington
mapperley
bestwood
top valley
rise park
strelley
bilborough
aspley
wollaton
lenton
clifton
wilford
silverdale
bakersfield
broxtowe estate
highfields
belgrave
rushey mead
spinney hill
evington
humberstone
beaumont leys
new parks
eyres monsell
saffron lane
aylestone
knighton
clarendon park
stoneygate
westcotes
mowmacre hill
stocking farm
thurnby lodge
netherhall
north evington
allenton
sinfin
alvaston
chaddesden
spondon
mackworth
osmaston
chellaston
# Bristol districts
st pauls
st paul's
easton
lawrence hill
barton hill
st werburghs
montpelier
stokes croft
redland
cotham
hotwells
southville
bedminster
windmill hill
knowle
knowle west
totterdown
brislington
hengrove
hartcliffe
withywood
bishopsworth
bedminster down
stockwood
lockleaze
southmead
henbury
lawrence weston
shirehampton
avonmouth
sea mills
westbury-on-trym
westbury on trym
henleaze
horfield
fishponds
stapleton
eastville
st george
speedwell
hanham
staple hill
whitehall
# Other city districts
bury park
marsh farm
lewsey farm
orchard park
bransholme
hessle road
greatfield
longhill
gipsyville
portswood
bitterne
weston
sholing
woolston
millbrook
lordshill
fratton
buckland
landport
stamshaw
paulsgrove
copnor
eastney
somers town
devonport
keyham
whitleigh
southway
efford
north prospect
honicknowle
ernesettle
st budeaux
bentilee
abbey hulton
meir
blurton
chell
normacot
trent vale
cobridge
shelton
etruria
parr
thatto heath
audley range
daisyfield
little harwood
shadsworth
intack
bastwell
brookhouse
daneshouse
stoneyholme
burnley wood
deepdale
ribbleton
plungington
avenham
frenchwood
ashton-on-ribble
ashton on ribble
larkhill
mereside
grange park
tower hill
southdene
westvale
leasowe
woodchurch
bidston
tranmere
# Countries
afghanistan
albania
algeria
andorra
angola
antigua and barbuda
antigua
barbuda
argentina
armenia
australia
austria
azerbaijan
bahamas
the bahamas
bahrain
bangladesh
barbados
belarus
belgium
belize
benin
bhutan
bolivia
bosnia and herzegovina
bosnia
herzegovina
botswana
brazil
brunei
bulgaria
burkina faso
burundi
cabo verde
cape verde
cambodia
cameroon
canada
central african republic
chad
chile
china
people's republic of china
colombia
comoros
congo
republic of the congo
congo-brazzaville
congo brazzaville
democratic republic of the congo
democratic republic of congo
dr congo
drc
congo-kinshasa
congo kinshasa
zaire
costa rica
côte d'ivoire
cote d'ivoire
ivory coast
croatia
cuba
cyprus
czechia
czech republic
denmark
djibouti
dominica
dominican republic
ecuador
egypt
el salvador
equatorial guinea
eritrea
estonia
eswatini
swaziland
ethiopia
fiji
finland
france
gabon
gambia
the gambia
georgia
germany
ghana
greece
grenada
guatemala
guinea
guinea-bissau
guinea bissau
guyana
haiti
honduras
hungary
iceland
india
indonesia
iran
iraq
ireland
republic of ireland
eire
israel
italy
jamaica
japan
jordan
kazakhstan
kenya
kiribati
north korea
south korea
korea
dprk
kuwait
kyrgyzstan
laos
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lithuania
luxembourg
madagascar
malawi
malaysia
maldives
mali
malta
marshall islands
mauritania
mauritius
mexico
micronesia
moldova
monaco
mongolia
montenegro
morocco
mozambique
myanmar
burma
namibia
nauru
nepal
netherlands
the netherlands
holland
new zealand
nicaragua
niger
nigeria
north macedonia
macedonia
norway
oman
pakistan
palau
panama
papua new guinea
paraguay
peru
philippines
the philippines
poland
portugal
qatar
romania
russia
russian federation
rwanda
saint kitts and nevis
st kitts and nevis
st kitts
nevis
saint lucia
st lucia
saint vincent and the grenadines
st vincent and the grenadines
st vincent
samoa
san marino
são tomé and príncipe
sao tome and principe
saudi arabia
saudi
senegal
serbia
seychelles
sierra leone
singapore
slovakia
slovenia
solomon islands
somalia
south africa
south sudan
spain
sri lanka
ceylon
sudan
suriname
sweden
switzerland
syria
tajikistan
tanzania
thailand
timor-leste
timor leste
east timor
togo
tonga
trinidad and tobago
trinidad
tobago
tunisia
turkey
türkiye
turkiye
turkmenistan
tuvalu
uganda
ukraine
united arab emirates
uae
emirates
united kingdom
uk
great britain
britain
united states
united states of america
usa
america
uruguay
uzbekistan
vanuatu
vatican city
vatican
holy see
venezuela
vietnam
viet nam
yemen
zambia
zimbabwe
somaliland
kurdistan
palestine
state of palestine
palestinian territories
gaza
gaza strip
west bank
kosovo
taiwan
hong kong
macau
macao
western sahara
northern cyprus
abkhazia
south ossetia
transnistria
england
wales
scotland
northern ireland
isle of man
jersey
guernsey
alderney
sark
channel islands
gibraltar
bermuda
cayman islands
british virgin islands
us virgin islands
anguilla
montserrat
turks and caicos islands
turks and caicos
falkland islands
falklands
saint helena
st helena
ascension island
tristan da cunha
pitcairn islands
british indian ocean territory
chagos islands
greenland
faroe islands
puerto rico
guam
american samoa
northern mariana islands
aruba
curaçao
curacao
sint maarten
saint martin
martinique
guadeloupe
french guiana
réunion
reunion
mayotte
new caledonia
french polynesia
tahiti
cook islands
niue
antarctica
yugoslavia
soviet union
ussr
czechoslovakia
rhodesia
persia
# World regions and cities
# Continents and world regions
africa
west africa
east africa
north africa
southern africa
central africa
horn of africa
sub-saharan africa
sub saharan africa
sahel
sahara
maghreb
middle east
near east
levant
persian gulf
arabian peninsula
asia
south asia
east asia
south-east asia
south east asia
southeast asia
central asia
indian subcontinent
far east
europe
eastern europe
western europe
central europe
southern europe
northern europe
balkans
western balkans
scandinavia
baltics
baltic states
caucasus
mediterranean
european union
schengen area
north america
south america
central america
latin america
caribbean
west indies
oceania
australasia
# Africa
lagos
abuja
kano
ibadan
port harcourt
benin city
enugu
kaduna
owerri
onitsha
calabar
warri
jos
maiduguri
abeokuta
ilorin
aba
uyo
asaba
edo
biafra
niger delta
accra
kumasi
tamale
sekondi-takoradi
sekondi takoradi
takoradi
cape coast
tema
freetown
kenema
makeni
monrovia
conakry
dakar
touba
banjul
serekunda
bamako
timbuktu
ouagadougou
niamey
agadez
abidjan
yamoussoukro
bouaké
bouake
lomé
lome
cotonou
porto-novo
porto novo
yaoundé
yaounde
douala
bamenda
buea
n'djamena
bangui
libreville
brazzaville
pointe-noire
pointe noire
kinshasa
lubumbashi
goma
bukavu
kisangani
mbuji-mayi
mbuji mayi
kivu
luanda
lusaka
ndola
kitwe
harare
bulawayo
mutare
lilongwe
maputo
beira
johannesburg
pretoria
cape town
durban
soweto
port elizabeth
gqeberha
bloemfontein
windhoek
gaborone
maseru
mbabane
antananarivo
nairobi
mombasa
kisumu
nakuru
eldoret
kampala
entebbe
gulu
dar es salaam
dodoma
zanzibar
arusha
mwanza
kigali
bujumbura
gitega
addis ababa
dire dawa
gondar
mekelle
bahir dar
hawassa
jimma
adama
tigray
oromia
amhara
ogaden
somali region
asmara
massawa
mendefera
tesseney
khartoum
omdurman
port sudan
darfur
el fasher
el geneina
nyala
kordofan
kassala
gedaref
wad madani
atbara
juba
mogadishu
hargeisa
kismayo
baidoa
bosaso
berbera
garowe
burao
puntland
jubaland
cairo
giza
luxor
aswan
sharm el-sheikh
sharm el sheikh
port said
tripoli
benghazi
misrata
sabha
zuwara
zawiya
sabratha
tobruk
tunis
sfax
sousse
algiers
oran
constantine
rabat
casablanca
marrakesh
marrakech
fez
fes
tangier
tangiers
agadir
nador
laayoune
nouakchott
praia
# Middle East
baghdad
basra
mosul
erbil
sulaymaniyah
sulaimaniyah
kirkuk
duhok
dohuk
zakho
halabja
ranya
najaf
karbala
fallujah
ramadi
damascus
aleppo
homs
hama
idlib
raqqa
deir ez-zor
deir ez zor
latakia
daraa
qamishli
hasakah
kobani
afrin
rojava
beirut
sidon
baalbek
amman
zarqa
irbid
aqaba
jerusalem
tel aviv
haifa
ramallah
hebron
nablus
bethlehem
jenin
gaza city
rafah
khan younis
riyadh
jeddah
mecca
makkah
medina
madinah
dammam
dubai
abu dhabi
sharjah
doha
kuwait city
manama
muscat
sanaa
sana'a
aden
taiz
hodeidah
tehran
mashhad
isfahan
shiraz
tabriz
ahvaz
kermanshah
sanandaj
urmia
qom
mahabad
piranshahr
saqqez
marivan
bukan
istanbul
ankara
izmir
antalya
bursa
adana
gaziantep
diyarbakır
diyarbakir
şanlıurfa
sanliurfa
konya
mersin
bodrum
iraqi kurdistan
# South Asia
islamabad
rawalpindi
lahore
karachi
peshawar
quetta
faisalabad
multan
gujranwala
sialkot
gujrat
jhelum
gujar khan
kharian
mirpur
new mirpur
azad kashmir
azad jammu and kashmir
kotli
bhimber
dadyal
muzaffarabad
kashmir
punjab
sindh
balochistan
baluchistan
khyber pakhtunkhwa
swat
mardan
attock
chakwal
sargodha
hyderabad
sahiwal
bahawalpur
abbottabad
delhi
new delhi
mumbai
bombay
kolkata
calcutta
chennai
madras
bangalore
bengaluru
ahmedabad
surat
vadodara
baroda
navsari
bharuch
rajkot
pune
jaipur
lucknow
kanpur
amritsar
jalandhar
ludhiana
hoshiarpur
kapurthala
phagwara
moga
bathinda
patiala
chandigarh
goa
kerala
kochi
cochin
thiruvananthapuram
trivandrum
gujarat
jammu
srinagar
jammu and kashmir
tamil nadu
andhra pradesh
telangana
karnataka
maharashtra
uttar pradesh
bihar
west bengal
rajasthan
haryana
madurai
coimbatore
mangalore
agra
varanasi
patna
indore
bhopal
nagpur
assam
dhaka
sylhet
chittagong
chattogram
khulna
rajshahi
comilla
noakhali
barisal
moulvibazar
sunamganj
habiganj
beanibazar
golapganj
bishwanath
balaganj
jagannathpur
nabiganj
bengal
colombo
jaffna
kandy
galle
trincomalee
batticaloa
kathmandu
pokhara
kabul
kandahar
herat
mazar-i-sharif
mazar i sharif
jalalabad
helmand
kunduz
nangarhar
lashkar gah
ghazni
khost
kunar
logar
paktia
baghlan
laghman
badakhshan
bamyan
thimphu
# East and South-East Asia
beijing
shanghai
guangzhou
shenzhen
tianjin
chongqing
chengdu
wuhan
xi'an
nanjing
hangzhou
fuzhou
fujian
changle
wenzhou
guangdong
xinjiang
tibet
urumqi
lhasa
harbin
taipei
tokyo
osaka
kyoto
yokohama
seoul
busan
pyongyang
ulaanbaatar
manila
quezon city
cebu
davao
mindanao
jakarta
surabaya
bali
medan
kuala lumpur
penang
johor bahru
bangkok
chiang mai
phuket
pattaya
hà nội
ha noi
hanoi
ho chi minh city
saigon
hải phòng
hai phong
haiphong
đà nẵng
da nang
nghệ an
nghe an
hà tĩnh
ha tinh
quảng bình
quang binh
thanh hóa
thanh hoa
hải dương
hai duong
quảng ninh
quang ninh
nam định
nam dinh
thái bình
thai binh
ninh bình
ninh binh
phnom penh
siem reap
vientiane
yangon
rangoon
naypyidaw
mandalay
rakhine
dili
bandar seri begawan
tashkent
samarkand
almaty
astana
bishkek
dushanbe
ashgabat
tbilisi
yerevan
baku
grozny
chechnya
dagestan
# Eastern Europe
warsaw
warszawa
kraków
krakow
łódź
lodz
wrocław
wroclaw
poznań
poznan
gdańsk
gdansk
gdynia
szczecin
bydgoszcz
lublin
katowice
białystok
bialystok
rzeszów
rzeszow
opole
kielce
olsztyn
toruń
torun
częstochowa
czestochowa
radom
bielsko-biała
bielsko-biala
bielsko biała
bielsko biala
zielona góra
zielona gora
gorzów wielkopolski
gorzow wielkopolski
słupsk
slupsk
koszalin
elbląg
elblag
tarnów
tarnow
nowy sącz
nowy sacz
zakopane
silesia
bucharest
bucurești
bucuresti
cluj-napoca
cluj napoca
cluj
timișoara
timisoara
iași
iasi
constanța
constanta
craiova
brașov
brasov
galați
galati
ploiești
ploiesti
oradea
bacău
bacau
suceava
botoșani
botosani
sibiu
arad
pitești
pitesti
târgu mureș
targu mures
baia mare
satu mare
buzău
buzau
focșani
focsani
vaslui
piatra neamț
piatra neamt
transylvania
vilnius
kaunas
klaipėda
klaipeda
šiauliai
siauliai
panevėžys
panevezys
alytus
marijampolė
marijampole
riga
daugavpils
liepāja
liepaja
jelgava
jūrmala
jurmala
rēzekne
rezekne
ventspils
tallinn
tartu
narva
sofia
plovdiv
varna
burgas
stara zagora
pleven
sliven
bratislava
košice
kosice
prešov
presov
nitra
žilina
zilina
banská bystrica
banska bystrica
trnava
trenčín
trencin
michalovce
lučenec
lucenec
prague
praha
brno
ostrava
plzeň
plzen
pilsen
olomouc
liberec
ústí nad labem
usti nad labem
české budějovice
ceske budejovice
hradec králové
hradec kralove
pardubice
budapest
debrecen
szeged
miskolc
pécs
pecs
győr
gyor
nyíregyháza
nyiregyhaza
kecskemét
kecskemet
tirana
tiranë
tirane
durrës
durres
shkodër
shkoder
shkodra
vlorë
vlore
vlora
elbasan
fier
korçë
korce
korca
berat
kukës
kukes
lezhë
lezhe
lezha
lushnjë
lushnje
kavajë
kavaje
gjirokastër
gjirokaster
sarandë
sarande
pogradec
pristina
prishtina
prishtinë
prishtine
prizren
peja
pejë
peje
mitrovica
mitrovicë
mitrovice
gjakova
gjakovë
gjakove
ferizaj
gjilan
belgrade
novi sad
niš
nis
subotica
zagreb
rijeka
dubrovnik
sarajevo
banja luka
mostar
tuzla
srebrenica
bihać
bihac
velika kladuša
velika kladusa
podgorica
skopje
ljubljana
kyiv
kiev
kharkiv
kharkov
odesa
odessa
dnipro
lviv
zaporizhzhia
donetsk
luhansk
mariupol
kherson
mykolaiv
crimea
sevastopol
chernihiv
sumy
poltava
vinnytsia
donbas
chișinău
chisinau
bălți
balti
tiraspol
minsk
gomel
brest
moscow
st petersburg
saint petersburg
novosibirsk
kaliningrad
siberia
# Western Europe
paris
marseille
lyon
lille
calais
dunkirk
dunkerque
grande-synthe
grande synthe
loon-plage
loon plage
sangatte
coquelles
boulogne
boulogne-sur-mer
boulogne sur mer
le havre
cherbourg
caen
ouistreham
dieppe
roscoff
saint-malo
saint malo
st malo
toulouse
bordeaux
nantes
strasbourg
brittany
normandy
brussels
antwerp
ghent
bruges
zeebrugge
ostend
liège
liege
amsterdam
rotterdam
the hague
hook of holland
utrecht
eindhoven
berlin
hamburg
munich
frankfurt
cologne
düsseldorf
dusseldorf
stuttgart
dortmund
essen
bremen
hanover
leipzig
dresden
nuremberg
bavaria
vienna
zurich
zürich
geneva
bern
basel
madrid
barcelona
valencia
seville
málaga
malaga
alicante
benidorm
córdoba
cordoba
cádiz
cadiz
algeciras
marbella
tenerife
gran canaria
lanzarote
canary islands
majorca
mallorca
ibiza
catalonia
andalusia
galicia
lisbon
porto
faro
algarve
madeira
rome
milan
naples
turin
florence
venice
bologna
genoa
palermo
catania
bari
crotone
ventimiglia
sicily
sardinia
lampedusa
lombardy
tuscany
athens
thessaloniki
patras
lesbos
lesvos
samos
chios
kos
rhodes
crete
corfu
evros
idomeni
dublin
cork
limerick
galway
waterford
drogheda
dundalk
sligo
donegal
kerry
tipperary
copenhagen
stockholm
gothenburg
malmö
malmo
oslo
bergen
helsinki
reykjavík
reykjavik
valletta
nicosia
limassol
larnaca
famagusta
kyrenia
andorra la vella
english channel
channel tunnel
manston
# Caribbean and the Americas
montego bay
spanish town
ocho rios
mandeville
may pen
portmore
clarendon
westmoreland
trelawny
st elizabeth
st catherine
st ann
port of spain
san fernando
bridgetown
castries
st george's
roseau
basseterre
st john's
nassau
havana
santo domingo
port-au-prince
port au prince
san juan
kingstown
georgetown
paramaribo
cayenne
caracas
bogotá
bogota
medellín
medellin
cali
lima
quito
guayaquil
la paz
santiago
buenos aires
montevideo
asunción
asuncion
são paulo
sao paulo
rio de janeiro
brasília
brasilia
salvador
recife
belo horizonte
mexico city
guadalajara
monterrey
tijuana
cancún
cancun
guatemala city
tegucigalpa
san pedro sula
san salvador
managua
san josé
san jose
panama city
new york
new york city
los angeles
chicago
houston
miami
washington dc
atlanta
philadelphia
san francisco
las vegas
orlando
dallas
seattle
detroit
new jersey
florida
texas
california
toronto
montreal
vancouver
ottawa
calgary
ontario
quebec
sydney
melbourne
brisbane
adelaide
canberra
auckland
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
    localities = {unicodedata.normalize("NFC", ln.lower()) for ln in hand_lines(HAND_LOCALITIES)} - places

    outputs = {
        "first_names.txt": render(first),
        "surnames.txt": render(last),
        "common_words.txt": render(common),
        "rare_words.txt": render(rare),
        "places.txt": render(places),
        "localities.txt": render(localities),
    }

    loc_rows = "\n".join(
        f"| {loc} | {len(f_first[loc])} | {len(f_last[loc])} |" for loc in FAKER_LOCALES
    )
    stats = {
        "first": len(first), "last": len(last), "common": len(common), "places": len(places),
        "localities": len(localities),
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
    for key in ("first", "last", "common", "rare", "places", "localities"):
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

## localities.txt ({st['localities']} entries)

Hand-written block `HAND_LOCALITIES` (Apache-2.0 OR MIT), less the entries of
`places.txt`: UK towns of about 10,000 people and more, districts of the large
cities, countries and territories with the short forms people write ("uk",
"drc"), and the regions and cities of the world that migration, asylum, travel
and family notes name, with ASCII spellings beside accented ones ("krakow").
Geographic facts compiled for this project. The detectors read them only where
a preposition says a place follows ("in Kirkby", "moved from Wroclaw").

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
