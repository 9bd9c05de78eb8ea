/* kel-particulars.h — the agreement's particulars, as its edition records them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a reader asks of an instrument before its text: when and where it
 * was signed, by whom, in which languages it is authentic, who keeps it, how
 * it enters into force, lasts, is amended, joined and left, who certified
 * this text and who published it, and which edition this is.  Nothing here
 * is written into the program: all of it is read from the edition while it
 * loads —
 *
 *  - FRBR (meta/identification): the work, expression and manifestation
 *    URIs, the date of signature, the authors (the parties), the language
 *    of this text and whether it is authoritative, the date of the markup;
 *  - meta/publication: the publisher and the date of publication;
 *  - meta/references: the names (showAs) of every party, place, person,
 *    role and concept;
 *  - the text: the <location> and <date> of the closing clause, the
 *    <party> of each signature block, the <inline name="language"> that
 *    name the authentic languages, and every element with an eId whose
 *    refersTo names a TLCConcept that is not a threat type: the paragraphs
 *    that state a rule (entry into force, duration, amendment, accession,
 *    withdrawal, depositary, authentic texts), in the order of the
 *    concepts in references;
 *  - the components: the doc named "certification" (its person and role)
 *    and the doc named "publisher".
 *
 * Every eId is one of the document's nodes, so each fact links to the place
 * it comes from.  A fact the edition does not record is %NULL or empty.
 */
#pragma once

#include "kel-document.h"

G_BEGIN_DECLS

/**
 * KelEntity:
 * @id: the eId of its TLC reference
 * @label: its name (the reference's showAs)
 * @eid: (nullable): the node of the text that names it
 */
typedef struct
{
  char *id;
  char *label;
  char *eid;
} KelEntity;

/**
 * KelProvision:
 * @concept: the TLCConcept's eId ("entryIntoForce")
 * @label: its Kazakh name (showAs); kel_document_get_label() gives the
 *   Russian and Chinese ones by @concept
 * @eids: (element-type utf8): the nodes that state it, in document order
 */
typedef struct
{
  char      *concept;
  char      *label;
  GPtrArray *eids;
} KelProvision;

/**
 * KelParticulars:
 * @work: FRBRWork FRBRthis
 * @expression: FRBRExpression FRBRthis
 * @manifestation: FRBRManifestation FRBRthis
 * @language: FRBRExpression FRBRlanguage ("kaz")
 * @authoritative: FRBRExpression FRBRauthoritative: 1 true, 0 false, -1
 *   not recorded
 * @date: FRBRWork FRBRdate, ISO 8601 ("2009-06-16")
 * @date_name: its name ("signature")
 * @date_text: (nullable): the words of the text that give the date
 * @date_eid: (nullable): the node they are in
 * @markup_date: FRBRManifestation FRBRdate: when this edition was made
 * @place: (nullable): where it was done
 * @parties: (element-type KelEntity): the FRBRWork authors, each with the
 *   signature block that names it
 * @languages: (element-type KelEntity): the authentic languages
 * @provisions: (element-type KelProvision): the rules and where they are
 * @publisher: (nullable): meta/publication showAs
 * @publication_date: (nullable): meta/publication date
 * @publisher_eid: (nullable): the component named "publisher"
 * @certification_eid: (nullable): the component named "certification"
 * @certifier: (nullable): the person who certified this text
 * @certifier_role: (nullable): their role
 */
typedef struct
{
  char      *work;
  char      *expression;
  char      *manifestation;
  char      *language;
  int        authoritative;
  char      *date;
  char      *date_name;
  char      *date_text;
  char      *date_eid;
  char      *markup_date;
  KelEntity *place;
  GPtrArray *parties;
  GPtrArray *languages;
  GPtrArray *provisions;
  char      *publisher;
  char      *publication_date;
  char      *publisher_eid;
  char      *certification_eid;
  KelEntity *certifier;
  KelEntity *certifier_role;
} KelParticulars;

const KelParticulars *kel_document_get_particulars (KelDocument *doc);

const KelProvision   *kel_particulars_find_provision (const KelParticulars *particulars,
                                                      const char           *concept);

G_END_DECLS
