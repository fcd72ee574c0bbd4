# The FinOps archive and the optimizer audit log as infrastructure (docs/finops.md), with PERF-003 §8's retention
# as S3 lifecycle rules:
#   - s3://nc-perf-results/daily/  perf metrics snapshots (post-deploy-verify evidence)  365 days
#   - s3://nc-perf-audit/optimizer/ optimizer audit log (driftgate audit)                 2 years, Object Lock
#   - s3://nc-finops/daily/        cost ETL parquet (finops-report)                     3 years, Glacier after 30 days
#   - s3://nc-perf-results/dashboards/archives/ Grafana snapshots                        1 year
# Every bucket is SSE-KMS with its own key; public access is blocked. The audit log is signed with an asymmetric
# KMS key (SIGN_VERIFY) whose public half reviewers read with kms:GetPublicKey.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "name_prefix" {
  type    = string
  default = "nc"
}

locals {
  buckets = {
    perf_results = "${var.name_prefix}-perf-results"
    perf_audit   = "${var.name_prefix}-perf-audit"
    finops       = "${var.name_prefix}-finops"
  }
}

resource "aws_kms_key" "archive" {
  for_each            = local.buckets
  description         = "SSE-KMS of s3://${each.value}"
  enable_key_rotation = true
}

# Signs the audit entries (driftgate audit append / rightsizing --audit-uri); verify needs only GetPublicKey.
resource "aws_kms_key" "audit_signing" {
  description              = "driftgate optimizer audit log signatures"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "RSA_2048"
}

resource "aws_kms_alias" "audit_signing" {
  name          = "alias/driftgate-audit"
  target_key_id = aws_kms_key.audit_signing.key_id
}

resource "aws_s3_bucket" "archive" {
  for_each = local.buckets
  bucket   = each.value
  # The audit log is undeletable for its retention (Object Lock needs versioning and is set at creation).
  object_lock_enabled = each.key == "perf_audit"
}

resource "aws_s3_bucket_versioning" "archive" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.archive[each.key].id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_public_access_block" "archive" {
  for_each                = local.buckets
  bucket                  = aws_s3_bucket.archive[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "archive" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.archive[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.archive[each.key].arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_object_lock_configuration" "audit" {
  bucket = aws_s3_bucket.archive["perf_audit"].id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 730
    }
  }
}

# PERF-003 §8: perf metrics snapshots 365 days, Grafana snapshots 1 year.
resource "aws_s3_bucket_lifecycle_configuration" "perf_results" {
  bucket = aws_s3_bucket.archive["perf_results"].id
  rule {
    id     = "perf-snapshots-365-days"
    status = "Enabled"
    filter { prefix = "daily/" }
    expiration { days = 365 }
    noncurrent_version_expiration { noncurrent_days = 1 }
  }
  rule {
    id     = "grafana-snapshots-1-year"
    status = "Enabled"
    filter { prefix = "dashboards/archives/" }
    expiration { days = 365 }
    noncurrent_version_expiration { noncurrent_days = 1 }
  }
}

# PERF-003 §8: optimizer audit logs 2 years (Object Lock keeps them undeletable until then).
resource "aws_s3_bucket_lifecycle_configuration" "perf_audit" {
  bucket = aws_s3_bucket.archive["perf_audit"].id
  rule {
    id     = "audit-log-2-years"
    status = "Enabled"
    filter { prefix = "optimizer/" }
    expiration { days = 730 }
    noncurrent_version_expiration { noncurrent_days = 1 }
  }
}

# PERF-003 §8: cost ETL parquet 3 years, in Glacier (Instant Retrieval, so Athena still reads it) after 30 days.
resource "aws_s3_bucket_lifecycle_configuration" "finops" {
  bucket = aws_s3_bucket.archive["finops"].id
  rule {
    id     = "cost-parquet-3-years-glacier"
    status = "Enabled"
    filter { prefix = "daily/" }
    transition {
      days          = 30
      storage_class = "GLACIER_IR"
    }
    expiration { days = 1095 }
    noncurrent_version_expiration { noncurrent_days = 1 }
  }
}

# The Athena table of docs/finops.md, in Glue (partition projection on the day folder).
resource "aws_glue_catalog_database" "finops" {
  name = "finops"
}

resource "aws_glue_catalog_table" "finops_cost_daily" {
  database_name = aws_glue_catalog_database.finops.name
  name          = "finops_cost_daily"
  table_type    = "EXTERNAL_TABLE"
  parameters = {
    "classification"                = "parquet"
    "projection.enabled"            = "true"
    "projection.day.type"           = "date"
    "projection.day.format"         = "yyyyMMdd"
    "projection.day.range"          = "20250101,NOW"
    "projection.day.interval"       = "1"
    "projection.day.interval.unit"  = "DAYS"
    "storage.location.template"     = "s3://${local.buckets.finops}/daily/$${day}/"
  }
  partition_keys {
    name = "day"
    type = "string"
  }
  storage_descriptor {
    location      = "s3://${local.buckets.finops}/daily/"
    input_format  = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"
    output_format = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat"
    ser_de_info {
      serialization_library = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
    }
    dynamic "columns" {
      for_each = [
        ["usage_date", "string"], ["service", "string"], ["env", "string"], ["owner", "string"],
        ["cost_center", "string"], ["usage_type", "string"], ["cost_usd", "double"],
        ["service_cost_usd", "double"], ["service_requests", "double"], ["cost_per_1k_requests", "double"],
        ["prev_day_cost_usd", "double"], ["month_to_date_usd", "double"],
        ["forecast_rest_of_month_usd", "double"], ["projected_month_usd", "double"],
        ["budget_month_usd", "double"], ["budget_deviation", "double"],
      ]
      content {
        name = columns.value[0]
        type = columns.value[1]
      }
    }
  }
}
