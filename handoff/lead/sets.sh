# The round's sets, sourced by final.sh and ident.sh (one place to change next round).
BASE=${BASE:-/work/wt/base56/src}
# Unread sets (l is split by language in final.sh): run once, at the end, by the lead only.
UNREAD="o u zd zh zi zj zn zu zx zza zzb zzd zze zzf zzl zzn zzs zzx zzzk zzzl zzzm zzzq zzzr zzzu zzzw zzzza zzzzc zzzzd zzzze zzzzm zzzzq zzzzr zzzzs"
CHECKS="zzg zzq zzze zzzs zzzn s zo zzzf zg zzc zzzzg zzzzh zzzzk zzzzl zzzzo zzzzp zzzop-check zzzo-check zzzp-check ze-check zzzij-check zzzi-check zzzj-check zzv-check zzzdh-check zzzd-check zzzh-check zzzg-check zzyc-check zzy-check zzzc-check zzzb-check zztu-check zzt-check zzu-check zzw-check zzop-check zzo-check zzp-check zzr-check zzjk-check zzj-check zzk-check zzm-check zwzzi-check zw-check zzi-check zt-check zpzz-check zp-check zz-check zvy-check zv-check zy-check zlr-check zl-check zr-check zkm-check zk-check zm-check zcf-check zc-check zf-check zab-check za-check zb-check vxy-check v-check x-check y-check w-check pt-check q-check m-check n-check jk-check hi-check fr-check"
TUNES="zs zzzt zzzv zzzx zzzz zzh zzza zq zzz zzzy zzzzf zzzzi zzzzj zzzzb zzzzn zzzop-tune ze-tune zzzij-tune zzv-tune zzzdh-tune zzzg-tune zzyc-tune zzzb-tune zztu-tune zzw-tune zzop-tune zzr-tune zzjk-tune zzm-tune zwzzi-tune zt-tune zpzz-tune zvy-tune zlr-tune zkm-tune zcf-tune zab-tune vxy-tune w-tune pt-tune q-tune m-tune n-tune jk-tune hi-tune fr-tune a,b,c,d,e,f,g"
# The sums final.sh scores in one run each (the per-half lists above are for a closer look).
EN_WHOLE="zzg,zzq,s,zo,zzzf,zzzzg,zzzzl,zzzzo"
FR_WHOLE="zzze,zzzs,zzzn,zg,zzc,zzzzh,zzzzk,zzzzp"
EN_CHECK="ze-check,zzv-check,zzzg-check,zzzb-check,zzw-check,zzr-check,zzm-check,zt-check,zz-check,zy-check,zr-check,zm-check,zc-check,za-check,vxy-check,pt-check,m-check,jk-check,hi-check"
FR_CHECK="zzzop-check,zzzij-check,zzzdh-check,zzyc-check,zztu-check,zzop-check,zzjk-check,zwzzi-check,zp-check,zv-check,zl-check,zk-check,zf-check,zb-check,w-check,q-check,n-check,fr-check"
TUNING="zs,zzzt,zzzv,zzzx,zzzz,zzh,zzza,zq,zzz,zzzy,zzzzf,zzzzi,zzzzj,zzzzb,zzzzn,zzzop-tune,ze-tune,zzzij-tune,zzv-tune,zzzdh-tune,zzzg-tune,zzyc-tune,zzzb-tune,zztu-tune,zzw-tune,zzop-tune,zzr-tune,zzjk-tune,zzm-tune,zwzzi-tune,zt-tune,zpzz-tune,zvy-tune,zlr-tune,zkm-tune,zcf-tune,zab-tune,vxy-tune,w-tune,pt-tune,q-tune,m-tune,n-tune,jk-tune,hi-tune,fr-tune,a,b,c,d,e,f,g"
