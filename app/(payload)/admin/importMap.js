import { SubprocessorSlugField as SubprocessorSlugField_e3a40d58fc5236cb03eee76f40f7c13d } from '@/admin/SubprocessorSlugField'
import { SubprocessorStateCell as SubprocessorStateCell_5086760f289ff36e4efcf69f2e3dd804 } from '../../../src/admin/SubprocessorStateCell'
import { AnnounceButton as AnnounceButton_398e0d0d3bddbe466808874a74e6a11b } from '@/admin/AnnounceButton'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DocumentActivity as DocumentActivity_e185f07caec64e95c7e8054149cf1cff } from '../../../src/admin/DocumentActivity'
import { GrantActivity as GrantActivity_f6ac3d5608366d812ad34fe8b0660961 } from '../../../src/admin/GrantActivity'
import { VersionRefsField as VersionRefsField_a64a944e22bd579189d2e6bc2ad515f1 } from '../../../src/admin/VersionRefsField'
import { ChangeAccounts as ChangeAccounts_e361c4facecf9c912e43dfff891d9067 } from '../../../src/admin/ChangeAccounts'
import { EvidencePackLinks as EvidencePackLinks_3a7cf6e94f35ee7c57b73aa354b97079 } from '../../../src/admin/EvidencePackLinks'
import { ChangePrefill as ChangePrefill_efcfbb6cdeaa0633a1808913c6bf66e8 } from '@/admin/ChangePrefill'
import { AnnounceSaveButton as AnnounceSaveButton_faae230d851bfd12695f24a135a1bbbe } from '@/admin/AnnounceSaveButton'
import { AccountContacts as AccountContacts_614f74ef68c0f4f5745ca4f69d49225b } from '@/admin/AccountContacts'
import { SubscriberAccounts as SubscriberAccounts_a71b17121e979a1f9f45b03e11adb182 } from '@/admin/SubscriberAccounts'
import { HistorySubprocessorField as HistorySubprocessorField_7907af46a0ee544dbd478c615877f651 } from '../../../src/admin/HistoryFields'
import { HistorySnapshotField as HistorySnapshotField_7907af46a0ee544dbd478c615877f651 } from '../../../src/admin/HistoryFields'
import { WebhookEndpointTools as WebhookEndpointTools_83f96d02c4f4da3c09156dbc28db1cc7 } from '@/admin/WebhookTools'
import { RedeliverButton as RedeliverButton_83f96d02c4f4da3c09156dbc28db1cc7 } from '@/admin/WebhookTools'
import { LocalPreviewNotice as LocalPreviewNotice_f6ba9ccc4a7a67463e33f63648b1fbd6 } from '@/admin/LocalPreviewNotice'
import { Dashboard as Dashboard_c602bba5f858100118b6b3553ff47182 } from '@/admin/Dashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/admin/SubprocessorSlugField#SubprocessorSlugField": SubprocessorSlugField_e3a40d58fc5236cb03eee76f40f7c13d,
  "/src/admin/SubprocessorStateCell#SubprocessorStateCell": SubprocessorStateCell_5086760f289ff36e4efcf69f2e3dd804,
  "@/admin/AnnounceButton#AnnounceButton": AnnounceButton_398e0d0d3bddbe466808874a74e6a11b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/DocumentActivity#DocumentActivity": DocumentActivity_e185f07caec64e95c7e8054149cf1cff,
  "/src/admin/GrantActivity#GrantActivity": GrantActivity_f6ac3d5608366d812ad34fe8b0660961,
  "/src/admin/VersionRefsField#VersionRefsField": VersionRefsField_a64a944e22bd579189d2e6bc2ad515f1,
  "/src/admin/ChangeAccounts#ChangeAccounts": ChangeAccounts_e361c4facecf9c912e43dfff891d9067,
  "/src/admin/EvidencePackLinks#EvidencePackLinks": EvidencePackLinks_3a7cf6e94f35ee7c57b73aa354b97079,
  "@/admin/ChangePrefill#ChangePrefill": ChangePrefill_efcfbb6cdeaa0633a1808913c6bf66e8,
  "@/admin/AnnounceSaveButton#AnnounceSaveButton": AnnounceSaveButton_faae230d851bfd12695f24a135a1bbbe,
  "@/admin/AccountContacts#AccountContacts": AccountContacts_614f74ef68c0f4f5745ca4f69d49225b,
  "@/admin/SubscriberAccounts#SubscriberAccounts": SubscriberAccounts_a71b17121e979a1f9f45b03e11adb182,
  "/src/admin/HistoryFields#HistorySubprocessorField": HistorySubprocessorField_7907af46a0ee544dbd478c615877f651,
  "/src/admin/HistoryFields#HistorySnapshotField": HistorySnapshotField_7907af46a0ee544dbd478c615877f651,
  "@/admin/WebhookTools#WebhookEndpointTools": WebhookEndpointTools_83f96d02c4f4da3c09156dbc28db1cc7,
  "@/admin/WebhookTools#RedeliverButton": RedeliverButton_83f96d02c4f4da3c09156dbc28db1cc7,
  "@/admin/LocalPreviewNotice#LocalPreviewNotice": LocalPreviewNotice_f6ba9ccc4a7a67463e33f63648b1fbd6,
  "@/admin/Dashboard#Dashboard": Dashboard_c602bba5f858100118b6b3553ff47182,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
