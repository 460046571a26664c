#!/usr/bin/env python3
"""Build first_names.txt and surnames.txt for the synthetic corpus.

Run once by hand (the outputs are committed, so generating the corpus never needs the network):

    pip download --no-deps -d /tmp/mimesis mimesis==22.2.0
    python3 tests/corpus/names/build_names.py --mimesis-wheel /tmp/mimesis/mimesis-22.2.0-py3-none-any.whl

Two sources, recorded in SOURCES.md:
  * the person.json data sets of the `mimesis` package (MIT licence), Latin-script locales only,
    sampled deterministically;
  * hand-written lists below for communities mimesis does not cover.

Output columns (tab-separated, '#' lines are comments):
  first_names.txt: name, gender (f or m), group
  surnames.txt:    name, group, female form ('-' when the same for women; 'F' alone means the
                   surname is borne by women only, such as Begum or Kaur)
"""
import argparse
import json
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# locale -> (first names per gender, surnames) sampled from mimesis
MIMESIS_LOCALES = {
    "en-gb": (130, 260),
    "pl": (70, 120),
    "tr": (45, 60),
    "pt": (35, 45),
    "pt-br": (20, 30),
    "es": (35, 45),
    "it": (35, 60),
    "fr": (35, 60),
    "de": (30, 50),
    "nl": (30, 50),
    "cs": (30, 50),
    "hu": (25, 40),
}

# Hand-written lists.  Format per group: f = female first names, m = male first names,
# s = surnames ("Male|Female" where the female form differs, "Name|F" for women-only surnames).
HAND = {
    # Common in England and Wales today (children and their parents' generation).
    "en-gb": dict(
        f="""Olivia Amelia Isla Ava Mia Lily Freya Florence Evie Ella Willow Sophia Sienna Millie
        Elsie Harper Isabella Evelyn Phoebe Chloe Jessica Megan Lauren Bethany Charlotte Emily Hannah
        Abigail Leah Courtney Chantelle Kayleigh Jade Shannon Stacey Danielle Gemma Kirsty Leanne
        Natalie Samantha Vicky Zoe Paige Brooke Tia Demi Keeley Jodie Kerry Lacey Lexi Maisie Tilly
        Darcey Esme Alisha Caitlin Tegan Ellie Katie Rebecca Sophie Georgia Kelly Tracey Sharon
        Michelle Donna Joanne Lisa Claire Nicola Carly Toni Kimberley Shelley Tanya Jolene Precious
        Destiny Nevaeh Skye Aimee Chelsea Kayla Jasmine Kacey Mollie""",
        m="""Oliver George Noah Arthur Harry Leo Charlie Oscar Jacob Henry Thomas Freddie Alfie Theo
        William Theodore Archie Joshua Alexander James Isaac Edward Lucas Tommy Finley Max Logan Ethan
        Mason Harrison Louie Reggie Ronnie Teddy Tyler Kai Callum Liam Connor Jordan Reece Bradley
        Kieran Jamie Ryan Dean Lee Wayne Darren Craig Gary Jason Shane Dale Kyle Jake Josh Lewis Ben
        Sam Dan Aaron Luke Nathan Adam Scott Stuart Glen Troy Brandon Riley Ashton Jayden Kayden
        Lennon Rio Bobby Stanley Frankie Albie Tyrone Jermaine Marcus Leon Rhys Owen Dylan Corey""",
        s="""Smith Jones Williams Taylor Davies Evans Thomas Johnson Roberts Walker Wright Robinson
        Thompson Hughes Edwards Harris Lewis Martin Jackson Clarke Clark Turner Scott Cooper Morris
        Moore King Watson Harrison Morgan Allen Mitchell James Anderson Phillips Lee Parker Davis Shaw
        Bennett Griffiths Richardson Collins Stevens Price Marshall Lloyd Jenkins Powell Holmes Rogers
        Owen Dawson Chapman Pearce Barnes Knight Fletcher Lawrence Kemp Hart Bailey Cox Russell
        Simpson Butler Hudson Stone Webb Atkinson Gray Howard Pearson Foster Ellis Grant Gibson Palmer
        Mills Matthews Reid Burton Spencer Saunders Hopkins Barker Pritchard Rees Tucker Lamb Sutton
        Bradley Newman Cartwright Sharpe Dixon Holt Hammond Whitehouse Dunn Bishop Fowler Stanley
        Ashworth Pickering Fairclough Haworth Sidebottom Entwistle Greenhalgh Braithwaite""",
    ),
    "somali": dict(
        f="""Ayaan Hodan Faadumo Fadumo Hibo Sahra Hamdi Ifrah Ladan Nimco Sagal Ubah Ilhan Idil Asha
        Khadra Hawa Deeqa Sucaad Ruqiya Amran Ikran Filsan Muna Najma Farhiya Maryan Shukri Warsan Anab
        Caasha Istahil Kaltun Mulki Nasra Qamar Samsam Fowsia Zamzam Halimo Saynab Barwaqo Roda Sahro
        Hinda Safiya Xaliimo Ayan Hani""",
        m="""Abdi Abdirahman Abdullahi Mohamed Omar Hassan Hussein Yusuf Ismail Abdikarim Abdiqani
        Guled Mahad Liban Bashir Khalid Mustafa Nuur Osman Said Sharmarke Warsame Jama Dahir Aden Awale
        Bile Cabdi Cumar Daud Hamza Idris Keyse Mukhtar Salad Shire Yonis Hirsi Qasim Ilyas Abdiwali
        Sakariye Mowlid Abdisalam Cabdullahi""",
        s="""Abdi Ali Aden Warsame Farah Hassan Mohamud Jama Hirsi Egal Osman Yusuf Ahmed Ismail Nur
        Dirie Duale Elmi Gedi Guled Hersi Ibrahim Isse Jibril Mohamed Mursal Omar Qalib Roble Salah
        Samatar Shire Warfa Yasin Abdullahi Barre Bulhan Dualeh Kahin Liban Magan Nuur Sheikh Shidane
        Afrah Wehliye Gabow Abdirahman Mohamoud Awil""",
    ),
    "eritrean": dict(
        f="""Selam Senait Mebrat Tsega Tsehay Saba Yohana Mihret Rahel Feven Hiwet Luwam Ruta Segen
        Winta Yordanos Almaz Abrehet Elsa Freweini Letekidan Meaza Nebiat Senayt Tirhas Azieb Birikti
        Danait Lidia Samrawit Weini Yodit Hermela Nardos Kidan Aster Mahlet Semhar Helen Arsema""",
        m="""Yonas Dawit Tesfay Mehari Filmon Habtom Kibrom Merhawi Robel Semere Tewelde Yohannes
        Amanuel Berhane Biniam Efrem Ermias Fitsum Ghebre Haile Isaias Kidane Mulugeta Natnael Okbay
        Senai Teklay Tekle Tesfaldet Woldu Yemane Zerai Mussie Henok Eyob Aron Samuel Daniel""",
        s="""Tesfay Gebremariam Haile Tekle Kidane Berhe Ghebremedhin Woldemichael Habte Mehari
        Asmerom Araya Andemariam Tewolde Gebreyesus Yohannes Zemichael Ghirmay Negash Okbamichael
        Tsegay Weldu Abraha Bahta Fessehaye Goitom Hagos Kahsay Mengsteab Measho Sium Tesfamariam
        Weldeab Yemane Zerom Ghebrehiwet Keleta Russom Teklemariam Ogbazghi""",
    ),
    "nigerian": dict(
        f="""Adaeze Adanna Chiamaka Chidinma Chinonso Chioma Ifeoma Ngozi Nkechi Obiageli Uchenna
        Amarachi Ebele Ezinne Nneka Onyinye Somto Adebola Adeola Ayomide Bukola Damilola Folake
        Funmilayo Funke Ibukun Iyabo Moradeke Morenike Oluwaseun Omolara Omotola Temitope Titilayo
        Yetunde Abimbola Adunni Bisola Eniola Fisayo Ireti Jumoke Kemi Mojisola Oyinkansola Simisola
        Tolulope Hadiza Amina Zainab Fatima Halima""",
        m="""Adebayo Adewale Ayodele Babatunde Femi Gbenga Kayode Kunle Oluwafemi Olumide Oluwaseyi
        Segun Tunde Yinka Akin Bamidele Dapo Deji Dotun Jide Lanre Niyi Seun Tobi Wale Chibuike Chidi
        Chinedu Chukwuemeka Emeka Ikenna Obinna Nnamdi Uche Kenechukwu Ifeanyi Tochukwu Ebuka Obiora
        Olamide Usman Musa Abubakar Sani Kelechi Chigozie""",
        s="""Adebayo Adeyemi Adekunle Adeleke Afolabi Akinola Akande Balogun Bello Coker Fashola
        Ogunleye Ogunbiyi Okafor Okeke Okonkwo Okoro Okoye Onyeka Nwosu Nwachukwu Nwankwo Eze Ezeh Obi
        Chukwu Uzoma Anyanwu Igwe Mbah Ogbonna Olatunji Oyelaran Oyewole Salako Shittu Sowunmi Taiwo
        Kehinde Ojo Olawale Babalola Dada Fagbemi Ibekwe Iwu Nnadi Odukoya Olaniyan Onuoha Abiodun
        Adegoke Ajayi Oduya Ugwu Oyedepo""",
    ),
    "ghanaian": dict(
        f="""Abena Adjoa Adwoa Afua Akosua Akua Ama Efua Esi Yaa Maame Akofa Dzifa Elikem Enyonam
        Esinam Mawusi Naa Afia Afriyie Agyeiwaa Ampomaa Asantewaa Dede Korkor Nhyira Obenewaa Serwaa
        Sika Adoma Ekua Araba""",
        m="""Kofi Kwabena Kwadwo Kwaku Kwame Kwasi Kojo Yaw Kwesi Kobina Ekow Fiifi Nii Selorm Senyo
        Edem Elikplim Kekeli Mawuli Delali Kwamena Yao Kweku Atta Nana Kwabla Kodwo""",
        s="""Mensah Owusu Boateng Asante Osei Appiah Amoah Addo Acheampong Agyeman Antwi Asamoah Boakye
        Darko Donkor Frimpong Gyamfi Kuffour Manu Nkrumah Ofori Opoku Sarpong Yeboah Adjei Amponsah
        Ansah Annan Quaye Quartey Lamptey Tetteh Nortey Amegah Agbeko Dzeble Kpodo Ablorh Aidoo Baidoo
        Quansah Essien Bonsu Danquah Ankrah""",
    ),
    "pakistani": dict(
        f="""Aisha Ayesha Fatima Zainab Maryam Hira Sana Sadia Nadia Farah Rabia Saima Shazia Uzma
        Amna Anum Bushra Iqra Khadija Mahnoor Noor Rukhsana Samina Shabana Tahira Zara Aleena Hafsa
        Hajra Laiba Nimra Alishba Eman Kiran Mehwish Nazia Parveen Razia Saba Sumaira Haleema Javeria""",
        m="""Muhammad Ahmed Ali Hamza Bilal Usman Imran Asif Kashif Tariq Zahid Shahid Rizwan Irfan
        Faisal Adeel Waqas Zeeshan Haris Danyal Ibrahim Yasir Nadeem Sajid Wajid Amir Arslan Junaid
        Mohsin Naveed Raheel Saqib Talha Umar Zain Rayyan Abdullah Hassan Haider Shoaib""",
        s="""Khan Hussain Ahmed Ali Akhtar Shah Iqbal Mahmood Rashid Raza Butt Malik Chaudhry Qureshi
        Siddiqui Bashir Javed Aslam Anwar Arshad Aziz Hanif Hameed Ishaq Latif Majeed Mirza Nawaz
        Rehman Riaz Saeed Sadiq Shafiq Tariq Yousaf Zaman Mughal Abbasi Awan Bhatti Kayani Rana Sheikh
        Younis Bibi|F Parveen|F""",
    ),
    "bangladeshi": dict(
        f="""Nusrat Fahmida Rumana Shirin Taslima Nasima Rokeya Shamima Jesmin Rehana Farzana Sharmin
        Tahmina Tanjila Mim Sumaiya Tasnim Anika Raisa Lamia Nafisa Shanaz Rupa Momtaz Habiba Jannat
        Ruksana Afsana Mehjabin Nazmin Rahima Shilpi Tania Mariam Sultana""",
        m="""Abdul Rahim Karim Jamal Kamal Mizanur Mahbub Monir Rafiq Sohel Shahin Tanvir Arif Sabbir
        Rakib Nayeem Fahim Mahfuz Ashik Rubel Jubair Shakil Nazrul Mamun Habib Delwar Jahangir Shohag
        Ayub Foysal Rumel Tareq Towhid Emon Hasib Sadman Shahed Mostafa""",
        s="""Miah Uddin Rahman Islam Hoque Haque Chowdhury Ahmed Alam Hossain Sarker Talukder Bhuiyan
        Mollah Sheikh Karim Ullah Ali Howlader Munshi Patwary Siddique Mondal Majumder Kabir Khan Bari
        Amin Hasan Rashid Shikder Mridha Begum|F Khatun|F Akter|F Nahar|F Bibi|F Jahan|F""",
    ),
    "indian": dict(
        f="""Priya Pooja Anjali Deepa Divya Kavita Lakshmi Meera Neha Nisha Preeti Radha Rekha Sangeeta
        Sunita Swati Anita Harpreet Gurpreet Jaspreet Manpreet Simran Navneet Amandeep Kiranjit
        Rupinder Sukhjeet Parminder Baljit Jasleen Hetal Bhavna Nirmala Shreya Ananya Aditi Ishita Riya
        Tanvi Saanvi Diya Jyoti Komal Mansi Pallavi Usha Vandana Hemlata""",
        m="""Rajesh Suresh Ramesh Mahesh Vijay Sanjay Amit Arjun Rahul Rohan Vikram Anil Sunil Deepak
        Ashok Arun Ravi Harjit Gurdeep Jaswinder Kuldeep Manjit Rajinder Sukhwinder Balwinder Harpal
        Jagdeep Inderjit Aarav Vihaan Aditya Krish Ishaan Kabir Nikhil Pranav Sachin Varun Yash Hitesh
        Jignesh Nilesh Paresh Dinesh Gurpal""",
        s="""Patel Sharma Singh Gupta Kumar Shah Mistry Parmar Chauhan Solanki Joshi Mehta Desai Modi
        Trivedi Pandya Bhatt Chopra Kapoor Malhotra Khanna Sandhu Sidhu Dhillon Gill Grewal Bains Johal
        Sahota Virdi Basra Atwal Rai Nair Menon Pillai Iyer Reddy Rao Naidu Das Bose Banerjee Chatterjee
        Mukherjee Ghosh Verma Yadav Thakkar Lakhani Kotecha Vaghela Rathod D'Souza D'Costa D'Silva
        Fernandes Kaur|F""",
    ),
    "chinese": dict(
        f="""Mei Xiaoling Jing Ying Yan Hui Xin Lan Fang Qian Ting Wen Xiu Yue Lihua Meiling Xiaomei
        Yuxin Zihan Ruoxi Xinyi Shuang Jiayi Yiting Wanying Huimin Yanling Lingling Mingyue Siyu Xiaoyu
        Yuqi Zhiying Suk Yee Wai""",
        m="""Wei Jun Hao Lei Qiang Tao Ming Jian Gang Yong Bo Hong Jie Kai Long Peng Rui Xiang Zhi
        Haoran Yichen Zihao Junjie Zhiwei Jianguo Xiaoming Yuhang Tianyu Minghao Weijie Jiahao Haoyu
        Bowen Zhihao Shuai Feng Ka Chun""",
        s="""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng
        Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
        Cheng Wei Su Lu Ding Ren Shen Yao Chan Wong Leung Cheung Lau Ng Ho Tsang Yip Kwok Lam Chow Tse
        Fung Lai""",
    ),
    "vietnamese": dict(
        f="""Lan Hương Mai Linh Trang Thảo Ngọc Hà Hạnh Hằng Thu Thúy Nhung Phương Vy Anh Hoa Loan
        Yến Quỳnh Diệp Nga Oanh Tuyết Xuân Châu Giang Huyền My Nhi Tâm Trâm Uyên Vân Khánh""",
        m="""Minh Hùng Dũng Tuấn Nam Long Quang Đức Hải Hiếu Huy Khoa Phúc Sơn Tài Thắng Thành Trung
        Việt Vinh Bảo Cường Duy Hoàng Kiên Lâm Mạnh Nghĩa Phong Quân Tiến Toàn Trí Tú""",
        s="""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương
        Trịnh Trương Lâm Mai Đinh Tạ Hà Cao Lương Tô Châu""",
    ),
    "irish": dict(
        f="""Aoife Siobhan Niamh Ciara Sinead Orla Roisin Caoimhe Saoirse Aisling Clodagh Grainne Sorcha
        Aine Eimear Deirdre Maeve Nuala Orlaith Blathnaid Ailbhe Cliodhna Eabha Fionnuala Laoise Meabh
        Muireann Oonagh Riona Sile Treasa Una Mairead Eilish Bronagh Dearbhla Emer Fiadh Sadhbh
        Róisín Sinéad Gráinne Áine Síle Máiréad Siobhán""",
        m="""Cian Oisin Padraig Seamus Sean Eoin Ciaran Cathal Colm Conor Darragh Donal Eamon Fergal
        Fiachra Finbar Niall Odhran Oran Padraic Ronan Ruairi Senan Tadhg Turlough Diarmuid Dara
        Feidhlim Lorcan Cormac Aidan Brendan Declan Kieran Killian Eoghan Rory Donnacha Oisín Pádraig
        Séamus Seán Ciarán""",
        s="""O'Neill O'Brien O'Sullivan O'Connor O'Reilly O'Donnell O'Mahony O'Callaghan O'Dwyer
        O'Shea Murphy Kelly Byrne Ryan Walsh Doyle McCarthy Gallagher Doherty Kennedy Lynch Murray
        Quinn McLaughlin Carroll Connolly Daly Dunne Brennan Burke Farrell Fitzgerald Flanagan
        Geraghty Hegarty Keane Kavanagh MacNamara McGrath McMahon Nolan Power Regan Sheehan Tierney
        Whelan Ó_Briain|Ní_Bhriain Ó_Súilleabháin|Ní_Shúilleabháin Ó_Dónaill|Ní_Dhónaill
        Mac_Cárthaigh|Nic_Cárthaigh Ó_Néill|Ní_Néill Ó_Ceallaigh|Ní_Cheallaigh
        Mac_Giolla_Phádraig|Nic_Giolla_Phádraig""",
    ),
    "scottish": dict(
        f="""Ailsa Isla Eilidh Catriona Morag Kirsty Fiona Mhairi Iona Skye Shona Rhona Ishbel Kenna
        Annag Seonaid Lorna Morven""",
        m="""Callum Hamish Angus Alasdair Euan Ruaridh Fraser Lachlan Struan Murdo Calum Ewan Gregor
        Innes Torquil Ruairidh Fergus""",
        s="""McDonald MacDonald McLeod MacLeod McKenzie Mackenzie McIntyre MacGregor McAllister
        McPherson MacKay McLean Maclean McBride McCormack McDermott McGuire McKay McNeil MacInnes
        McFarlane McAulay MacKinnon McIver Macrae Munro Sutherland Urquhart Cameron Buchanan""",
    ),
    "traveller": dict(
        f="""Bridget Kathleen Nora Winnie Biddy Chrissie Josie Kitty Maggie Nellie Mireli Vashti Kizzy
        Lavinia Cinderella Delilah Dolly Priscilla Tilly Esther Sabrina Mena Selina Caroline""",
        m="""Paddy Johnny Francie Mikey Christy Tommy Jimmy Willie Levi Elijah Nelson Righteous Goliath
        Sylvester Tyson Shadrach Jasper Lenny Caleb Reuben Ambrose Hughie Shamie Noah Moses""",
        s="""Ward McDonagh Joyce Maughan Connors Stokes Cash McGinley Quilligan Sherlock Mongan
        McInerney Cawley Furey Delaney Boswell Lovell Loveridge Buckland Gaskin Herne Heron Ayres
        Penfold Scamp Draper Finney Tomkins Purcell Keenan Berry""",
    ),
    "romanian": dict(
        f="""Andreea Alexandra Ioana Elena Mihaela Gabriela Cristina Roxana Daniela Florentina Georgiana
        Raluca Simona Bianca Alina Camelia Corina Larisa Loredana Madalina Mădălina Oana Petronela
        Ramona Teodora Valentina Violeta Denisa Cosmina Adelina Iulia Irina Luminița Nicoleta Florina
        Anca Sorina""",
        m="""Andrei Alexandru Ionuț Ionut Ion Mihai Florin Constantin Cristian Adrian Marius Bogdan
        Ciprian Claudiu Cosmin Dorin Dragoș Emil Eugen Iulian Laurențiu Lucian Marian Mircea Ovidiu
        Petru Radu Răzvan Sorin Ștefan Valentin Viorel Vlad Silviu Costel Nicolae Gheorghe Vasile
        Darius""",
        s="""Popescu Ionescu Popa Radu Dumitru Stan Stoica Gheorghe Munteanu Constantin Matei Rusu
        Ciobanu Sârbu Lungu Marin Dinu Tudor Florea Ene Barbu Nistor Moldovan Stanciu Toma Oprea
        Cristea Dobre Lazăr Ursu Zamfir Bălan Neagu Preda Anghel Manea Croitoru Dragomir Iordache
        Pavel Surdu Țurcanu Căpraru Rădulescu Niculescu Georgescu Lăcătuș Căldărar Ciurar Rostaș""",
    ),
    "lithuanian": dict(
        f="""Rūta Eglė Austėja Gabija Ieva Jurgita Kristina Lina Milda Neringa Rasa Vaida Aistė Dovilė
        Giedrė Greta Ingrida Jolanta Justina Karolina Lauryna Monika Skaistė Urtė Vilma Viktorija Agnė
        Akvilė Augustė Emilija Gintarė Goda Jovita Kamilė Miglė Rugilė Vaiva""",
        m="""Tomas Mantas Lukas Jonas Darius Mindaugas Andrius Arnas Aurimas Deividas Dovydas Domantas
        Edvinas Gediminas Ignas Justas Kęstutis Laurynas Matas Nerijus Paulius Povilas Rokas Saulius
        Simonas Tadas Vaidas Vytautas Žygimantas Algirdas Arūnas Giedrius Kajus Martynas Nojus
        Rimantas Aivaras Emilis Jokūbas""",
        s="""Kazlauskas|Kazlauskienė Jankauskas|Jankauskienė Petrauskas|Petrauskienė
        Stankevičius|Stankevičienė Vasiliauskas|Vasiliauskienė Žukauskas|Žukauskienė Butkus|Butkienė
        Paulauskas|Paulauskienė Urbonas|Urbonienė Kavaliauskas|Kavaliauskienė
        Baranauskas|Baranauskienė Pranckevičius|Pranckevičienė Navickas|Navickienė
        Sakalauskas|Sakalauskienė Ramanauskas|Ramanauskienė Lukoševičius|Lukoševičienė
        Žilinskas|Žilinskienė Adomaitis|Adomaitienė Rimkus|Rimkienė Mikalauskas|Mikalauskienė
        Dambrauskas|Dambrauskienė Vaitkus|Vaitkienė Kairys|Kairienė Valaitis|Valaitienė
        Šimkus|Šimkienė Grigas|Grigienė Balčiūnas|Balčiūnienė Bagdonas|Bagdonienė Juška|Juškienė
        Morkūnas|Morkūnienė""",
    ),
    "arabic_kurdish_afghan": dict(
        f="""Layla Rania Huda Amal Hiba Reem Salma Yasmin Dana Hala Rasha Ghada Nour Aya Rahaf Shahad
        Lujain Jana Hanan Suha Wafa Zahra Samira Nadine Dalia Asmaa Rojin Hevin Avin Berfin Zilan
        Nasrin Parwana Mursal Marwa Sidra""",
        m="""Ahmad Mohammed Khaled Yousef Mahmoud Tarek Samir Walid Bashar Firas Hadi Jamil Majid
        Nabil Rami Saif Tamer Zaid Ammar Anas Azad Dilshad Hawre Karwan Rebaz Sherwan Farid Jawad
        Sayed Ahmadullah Mansoor Hamid""",
        s="""al-Hassan al-Ahmad al-Khatib al-Masri al-Najjar al-Hashimi al-Tamimi al-Zahrani Haddad
        Khoury Nasser Saleh Mansour Hamdan Darwish Abdallah Yassin Othman Suleiman bin_Rashid
        bin_Salem bin_Omar Karimi Ahmadi Hosseini Rahimi Mohammadi Noori Sultani Popalzai Stanikzai
        Elhassan Abdelrahman Babiker Elamin Al-Jaberi El-Sayed""",
    ),
    "particles": dict(
        f="",
        m="",
        s="""da_Silva dos_Santos de_Souza de_Oliveira da_Costa van_Dijk van_der_Berg de_Vries
        van_den_Heuvel de_Jong van_Leeuwen ter_Haar von_Essen de_la_Cruz del_Rosario""",
    ),
    # Names that are also common English words: used as names and, elsewhere, as words.
    "wordname": dict(
        f="""Rose Grace Hope Joy Faith Dawn May Summer Holly Robin Ruby Daisy Poppy Hazel Amber Pearl
        Iris Ivy Sky Autumn""",
        m="""Will Mark Frank Bill Jack Robin Chase Hunter Rich Sonny Gene Art""",
        s="""Young White Green Baker Wood Hill Brown Black Long Little Small Moss Rice Field Marsh Bird
        Fox Hope Booth Cook Wall Street Lane Mason Fisher Hunt Best Hall Bell Bush Church House Park
        Gold Sharp Strong Swift West North Page Wells Ward""",
    ),
}

POLISH_FEM = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def latin(name):
    """True for names written in Latin script (letters, with any diacritics)."""
    import unicodedata
    for ch in name:
        if ch in " -'":
            continue
        if not ch.isalpha():
            return False
        if "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def fix_case(surname):
    """'Mcgowan' -> 'McGowan', "O'connor" -> "O'Connor" (some source lists lower the third letter)."""
    for prefix in ("Mc", "O'", "D'"):
        if surname.startswith(prefix) and len(surname) > 3 and surname[2].islower():
            return prefix + surname[2].upper() + surname[3:]
    return surname


def feminine(group, surname):
    if group == "pl":
        for m, f in POLISH_FEM:
            if surname.endswith(m):
                return surname[: -len(m)] + f
    if group == "cs":
        if surname.endswith("ý"):
            return surname[:-1] + "á"
        if surname.endswith("ek"):
            return surname[:-2] + "ková"
        if surname.endswith("ec"):
            return surname[:-2] + "cová"
        if surname[-1] not in "aeiouáéíóúůě":
            return surname + "ová"
    return "-"


def good_surname(locale, s):
    if not latin(s) or len(s) < 2 or len(s) > 20:
        return False
    if not s[0].isupper():
        return False
    if " " in s:
        return locale == "nl" and s.split(" ")[0] in ("van", "de", "ter", "van der", "van den")
    return True


def from_mimesis(wheel, rng):
    firsts, surnames = [], []
    with zipfile.ZipFile(wheel) as z:
        for locale, (n_first, n_sur) in MIMESIS_LOCALES.items():
            data = json.loads(z.read(f"mimesis/datasets/{locale}/person.json"))
            group = locale.split("-")[0] if locale != "en-gb" else "en-gb"
            male = {n.strip() for n in data["names"]["male"]}
            for gender, key in (("f", "female"), ("m", "male")):
                # The female lists of some locales also hold men's names: keep those as male only.
                pool = sorted({n.strip() for n in data["names"][key]
                               if latin(n.strip()) and 2 <= len(n.strip()) <= 14 and " " not in n.strip()
                               and (gender == "m" or n.strip() not in male)})
                for n in rng.sample(pool, min(n_first, len(pool))):
                    firsts.append((n, gender, group))
            sur = data["surnames"]
            if isinstance(sur, dict):
                sur = sur["male"]
            pool = sorted({fix_case(s.strip()) for s in sur if good_surname(locale, s.strip())})
            for s in rng.sample(pool, min(n_sur, len(pool))):
                surnames.append((s, group, feminine(group, s)))
    return firsts, surnames


def from_hand():
    firsts, surnames = [], []
    for group, lists in HAND.items():
        for gender in ("f", "m"):
            for n in lists[gender].split():
                firsts.append((n, gender, group))
        for s in lists["s"].split():
            male, _, fem = s.partition("|")
            surnames.append((male.replace("_", " "), group, fem.replace("_", " ") or "-"))
    return firsts, surnames


def dedupe(rows):
    seen, out = set(), []
    for row in rows:
        if row not in seen:
            seen.add(row)
            out.append(row)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mimesis-wheel", required=True)
    ap.add_argument("--seed", type=int, default=20261127)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    mf, ms = from_mimesis(args.mimesis_wheel, rng)
    hf, hs = from_hand()
    firsts = dedupe(mf + hf)
    surnames = dedupe(ms + hs)
    header = "# Generated by build_names.py; sources and licences in SOURCES.md.\n"
    with open(HERE / "first_names.txt", "w", encoding="utf-8") as f:
        f.write(header + "# name\tgender\tgroup\n")
        for row in firsts:
            f.write("\t".join(row) + "\n")
    with open(HERE / "surnames.txt", "w", encoding="utf-8") as f:
        f.write(header + "# name\tgroup\tfemale form ('-' same, 'F' women only)\n")
        for row in surnames:
            f.write("\t".join(row) + "\n")
    print(f"{len(firsts)} first names, {len(surnames)} surnames")


if __name__ == "__main__":
    main()
