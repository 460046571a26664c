"""Invented UK places: streets, house names, localities, schools, surgeries, nurseries, homes."""
import identifiers as ids

STREET_STEMS = """Hollingbury Carlton Elm Mill Church Station Victoria Albert Queens Kings Park Oak Ash
Beech Birch Chestnut Willow Hawthorn Meadow Orchard Cedar Maple Laurel Rowan Holly Ivy Heather
Fern Bramble Primrose Bluebell Foxglove Lavender Sycamore Poplar Hazel Linden Thornhill Highfield
Westfield Eastfield Northgate Southwick Ditchling Preston Lewes Dyke Stanford Woodland Hillside
Seaview Marine Coastguard Harbour Brunswick Montpelier Clarendon Wellington Nelson Trafalgar
Waterloo Hanover Brunel Stephenson Cromwell Tudor Stuart Windsor Balmoral Sandringham Osborne
Kensington Belgrave Grosvenor Cavendish Portland Stanmer Falmer Moulsecoomb Bevendean Coldean
Hangleton Mile Oak Portslade Saltdean Patcham Withdean Tongdean Varndean Surrenden Ladies Mile
Braybon Carden Hertford Lucraft Barcombe Chailey Wivelsfield Plumpton Firle Glynde Beddingham
Ringmer Isfield Uckfield Heathfield Mayfield Wadhurst Ticehurst Rotherfield Crowborough
Forest Ashdown Wych Cross Nutley Fairwarp Handcross Cuckfield Lindfield Ardingly Balcombe Slaugham
Bolney Twineham Albourne Henfield Partridge Green Cowfold Shipley Ashington Storrington Amberley
Bury Arundel Poling Lyminster Angmering Ferring Goring Durrington Salvington Findon Sompting
Lancing Coombes Botolphs Bramber Steyning Wiston Washington Ashurst Thakeham Pulborough
Fittleworth Petworth Midhurst Easebourne Cocking Singleton Goodwood Lavant Funtington Bosham
Fishbourne Apuldram Dell Quay Birdham Sidlesham Pagham Aldwick Felpham Middleton Yapton Barnham
Clapham Patching Clayton Keymer Hassocks Hurstpierpoint Sayers Common Burgess Wickham Jubilee
Coronation Festival Millennium Canal Bridge Mount Castle Abbey Priory Chapel School Green
Common Manor Grange Farm Barn Paddock Spring Brook River Lake Pond Well Cliff Shore Bay Cove
Dene Combe Downs Heath Moor Fell Dale Glen Vale Ridge Crest Summit Beacon Windmill Watermill
Foundry Forge Tannery Ropewalk Brewery Malthouse Granary Dairy Orchard Vicarage Rectory
Almshouse Almond Juniper Magnolia Camellia Acacia Sorrel Thistle Clover Daisy Tansy Yarrow""".split()

SUFFIXES = (["Road"] * 8 + ["Street"] * 5 + ["Avenue"] * 3 + ["Close"] * 3 + ["Court", "Crescent",
            "Drive", "Drive", "Gardens", "Grove", "Hill", "Lane", "Lane", "Mews", "Parade", "Place",
            "Rise", "Row", "Square", "Terrace", "Terrace", "View", "Walk", "Way", "Way", "Wharf",
            "Green", "Park", "Vale", "Yard"])
ABBREV = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Close": "Cl", "Court": "Ct",
          "Crescent": "Cres", "Drive": "Dr", "Gardens": "Gdns", "Grove": "Gr", "Lane": "Ln",
          "Place": "Pl", "Square": "Sq", "Terrace": "Terr"}

HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Meadow View", "Orchard Barn",
               "The Laurels", "Hillcrest", "Woodside", "Little Acre", "The Willows", "Fern Cottage",
               "Keeper's Cottage", "The Old School House", "Sunnybank", "Stable Cottage",
               "Holly Lodge", "Badgers End", "Magnolia House", "The Coach House", "Brook Cottage"]
BUILDINGS = ["Marine Court", "Kingfisher House", "Harbour View", "Sussex Heights", "Theobald House",
             "Nettleton Court", "Swallow Court", "Churchill House", "Elm Grove Court",
             "Regency Heights", "Falcon House", "Wellesley Court", "Bristol Gate", "Sloane Court",
             "Ashton Rise", "Dudeney Lodge", "Kestrel House", "Heron Court", "St James's House",
             "Park View Court"]

# town -> postcode area
TOWNS = {
    "Brighton": "BN", "Hove": "BN", "Crawley": "RH", "Hastings": "TN", "Eastbourne": "BN",
    "Worthing": "BN", "Lewes": "BN", "Newhaven": "BN", "Seaford": "BN", "Shoreham-by-Sea": "BN",
    "Burgess Hill": "RH", "Haywards Heath": "RH", "Horsham": "RH", "Bognor Regis": "PO",
    "Chichester": "PO", "Littlehampton": "BN", "Peacehaven": "BN", "Portslade": "BN",
    "Leeds": "LS", "Bradford": "BD", "Manchester": "M", "Birmingham": "B", "Luton": "LU",
    "Leicester": "LE", "Croydon": "CR", "Bristol": "BS", "Cardiff": "CF", "Belfast": "BT",
    "Glasgow": "G", "Edinburgh": "EH", "Newcastle upon Tyne": "NE", "Sheffield": "S",
    "Nottingham": "NG", "Coventry": "CV", "Wolverhampton": "WV", "Peterborough": "PE",
    "Slough": "SL", "Reading": "RG", "Southampton": "SO", "Portsmouth": "PO", "Plymouth": "PL",
    "Norwich": "NR", "Ipswich": "IP", "Hull": "HU", "Middlesbrough": "TS", "Blackburn": "BB",
    "Oldham": "OL", "Rochdale": "OL", "Stoke-on-Trent": "ST", "Swindon": "SN", "Northampton": "NN",
    "Liverpool": "L", "London": "E",
}
LOCAL_TOWNS = ["Brighton"] * 8 + ["Hove"] * 3 + ["Crawley", "Hastings", "Eastbourne", "Worthing",
                                                "Lewes", "Newhaven", "Peacehaven", "Portslade"]
DISTRICTS = {
    "Brighton": ["Whitehawk", "Moulsecoomb", "Hollingbury", "Kemp Town", "Bevendean", "Woodingdean",
                 "Patcham", "Coldean", "Hollingdean", "Withdean", "Preston Park", "Saltdean"],
    "Hove": ["Hangleton", "West Blatchington", "Aldrington", "Mile Oak"],
    "Leeds": ["Chapeltown", "Harehills", "Seacroft", "Armley"],
    "Manchester": ["Moss Side", "Longsight", "Wythenshawe", "Gorton"],
    "Birmingham": ["Sparkbrook", "Small Heath", "Handsworth", "Erdington"],
    "Bristol": ["Easton", "Southmead", "Hartcliffe", "Lawrence Hill"],
    "Liverpool": ["Toxteth", "Everton", "Kirkdale", "Anfield"],
    "London": ["Stratford", "Bow", "Poplar", "Leyton"],
}

SAINTS = ["Peter", "Paul", "Mary", "John", "Mark", "Luke", "Bernadette", "Joseph", "Andrew",
          "Michael", "Margaret", "Anne", "Nicholas", "Bartholomew", "Catherine", "Thomas More",
          "Wilfrid", "Richard", "Teresa", "Augustine", "Cuthbert", "Hilda", "Aidan", "Martin"]
SCHOOL_FORMS = ["{s} Primary School", "{s} Primary School", "{s} Primary", "{s} Infant School",
                "{s} Junior School", "{s} Academy", "{s} High School", "{s} Community College",
                "{s} School", "{s} Park Academy", "{s} Secondary School", "{s} Primary Academy",
                "St {saint}'s Primary School", "St {saint}'s C of E Primary School",
                "St {saint}'s RC Primary", "St {saint}'s Catholic High School",
                "{s} Special School", "{s} Pupil Referral Unit", "{s} College"]
SURGERY_FORMS = ["{s} Surgery", "{s} Medical Centre", "{s} Health Centre", "{s} Road Surgery",
                 "{s} Medical Practice", "{s} Family Practice", "{s} Group Practice"]
NURSERY_FORMS = ["Little {a} Nursery", "{s} Day Nursery", "{s} Pre-school", "{s} Nursery",
                 "Rainbow {s} Nursery", "{s} Children's Centre", "Busy Bees {s}",
                 "{s} Montessori Nursery"]
NURSERY_ANIMALS = ["Acorns", "Owls", "Ducklings", "Cubs", "Stars", "Sprouts", "Explorers",
                   "Footprints", "Robins", "Ladybirds"]
HOME_FORMS = ["{s} House", "{s} Lodge", "Sunnyside Children's Home", "{s} Children's Home",
              "{s} View children's home", "{s} Residential Unit", "{s} House residential home",
              "The {s} Centre"]


class Address:
    """A home address: flat, house number or name, street, district, town, postcode."""

    def __init__(self, rng, town=None):
        self.town = town or rng.choice(LOCAL_TOWNS if rng.random() < 0.6 else list(TOWNS))
        self.district = None
        if self.town in DISTRICTS and rng.random() < 0.35:
            self.district = rng.choice(DISTRICTS[self.town])
        stem = rng.choice(STREET_STEMS)
        self.suffix = rng.choice(SUFFIXES)
        self.street = f"{stem} {self.suffix}"
        self.street_abbr = f"{stem} {ABBREV.get(self.suffix, self.suffix)}"
        kind = rng.random()
        self.flat = self.house_name = self.building = None
        self.number = str(rng.randrange(1, 240))
        if kind < 0.12:
            self.number += rng.choice("abc")
        elif kind < 0.3:
            self.flat = rng.choice(["Flat ", "Flat ", "Apartment ", "Flat "]) + str(rng.randrange(1, 40))
            if rng.random() < 0.3:
                self.flat = rng.choice(["Flat ", "Flat "]) + rng.choice(["A", "B", "C", "1A", "2B"])
        elif kind < 0.38:
            self.building = rng.choice(BUILDINGS)
            self.flat = rng.choice(["Flat ", "Apartment "]) + str(rng.randrange(1, 90))
        elif kind < 0.45:
            self.house_name = rng.choice(HOUSE_NAMES)
        self.postcode = ids.postcode(rng, TOWNS.get(self.town))

    def lines(self, rng, abbreviate=False):
        """Address lines without the postcode."""
        street = self.street_abbr if abbreviate else self.street
        out = []
        if self.building:
            out.append(f"{self.flat}, {self.building}" if rng.random() < 0.7 else f"{self.flat} {self.building}")
            out.append(f"{self.number} {street}" if rng.random() < 0.3 else street)
        elif self.house_name:
            out += [self.house_name, street]
        elif self.flat:
            if rng.random() < 0.5:
                out += [self.flat, f"{self.number} {street}"]
            else:
                out.append(f"{self.flat}, {self.number} {street}")
        else:
            out.append(f"{self.number} {street}")
        if self.district:
            out.append(self.district)
        out.append(self.town)
        return out

    def short(self, rng):
        """'27 Carlton Terrace' or 'Flat 3, 41 Hollingbury Road' (no town)."""
        return ", ".join(self.lines(rng)[:-1 - (1 if self.district else 0)])


# Stems that make odd institution names ("School Academy", "Well Surgery").
NOT_INSTITUTION = {"School", "Well", "Pond", "Lake", "Dairy", "Brewery", "Tannery", "Barn",
                   "Almshouse", "Vicarage", "Rectory", "Chapel", "Summit", "Cliff", "Paddock"}
INSTITUTION_STEMS = [s for s in STREET_STEMS if s not in NOT_INSTITUTION]


def institution(rng, forms):
    form = rng.choice(forms)
    return form.format(s=rng.choice(INSTITUTION_STEMS), saint=rng.choice(SAINTS),
                       a=rng.choice(NURSERY_ANIMALS))
